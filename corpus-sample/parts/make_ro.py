#!/usr/bin/env python3
"""Write corpus-sample/parts/ro.csv and ro_gold.jsonl: 50 synthetic Romanian GP notes (invented; no real
people) and their gold mentions. Standard library only. Run from anywhere: python3 make_ro.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_tools import concept_ids, write_part  # noqa: E402

ID = concept_ids()
A, N, U, H, P, F = 'affirmed', 'negated', 'uncertain', 'hypothetical', 'historical', 'family'

# (date, person_id, title, text, [(concept key, status), ...])
NOTES = [
("2020-01-14", 160001, "Consultație acută",
 "Motivul prezentării: tuse productivă de 6 zile, febră 38,2°C în primele 2 zile.\n"
 "APP: HTA gr. II, DZ tip 2 (metformin).\n"
 "Ex. obiectiv: afebril, TA 145/85 mmHg, AV 84/min, SpO2 96%, MV înăsprit, raluri ronflante bilateral.\n"
 "Dg: Bronșită acută.\n"
 "Tratament: ACC 600 mg 1 plic/zi, 7 zile; paracetamol 500 mg la nevoie.\n"
 "Rec: hidratare, revine dacă apare dispnee sau febra reapare.",
 [('cough', A), ('sputum', A), ('fever', A), ('fever', N), ('dyspnea', H), ('fever', H)]),
("2020-02-03", 160006, "Consultație",
 "Pacienta, 28 ani, acuză cefalee pulsatilă hemicraniană stângă, cu greață și fotofobie, 3-4 episoade/lună.\n"
 "Crizele cedează la ibuprofen.\n"
 "AHC: mama - migrenă.\n"
 "Ex. neurologic fără deficite motorii, fără redoare de ceafă.\n"
 "Dg: Migrenă fără aură.\n"
 "Tr: sumatriptan 50 mg la debutul crizei; jurnal al cefaleei.\n"
 "Revine la control peste 3 luni.",
 [('headache', A), ('nausea', A), ('muscle_weakness', N), ('migraine', F), ('migraine', A)]),
("2020-03-10", 160003, "Consultație pediatrică",
 "Copil 5 ani, adus de mama.\n"
 "Mama relatează febră 39°C de 2 zile, otalgie dreaptă și plâns nocturn. Nu vomită, scaune normale.\n"
 "Ex. ob.: febril 38,6°C, timpan drept hiperemic, bombat; faringe hiperemic.\n"
 "Dg: Otită medie acută dreaptă.\n"
 "Tr: amoxicilină 80 mg/kg/zi în 2 prize, 10 zile; ibuprofen sirop la febră.\n"
 "Revine dacă febra persistă peste 48 ore sau apar vărsături.",
 [('fever', A), ('earache', A), ('vomiting', N), ('fever', H), ('vomiting', H)]),
("2020-04-22", 160004, "Consultație la domiciliu",
 "Pacienta 72 ani, vizită la domiciliu la solicitarea fiicei.\n"
 "Fiica relatează că a căzut de 2 ori în ultima săptămână, amețeli la ridicarea din pat, confuzie episodică seara.\n"
 "Neagă durerea toracică și palpitațiile. Urinează des, cu usturimi micționale.\n"
 "Ex. ob.: afebrilă, TA 100/60 mmHg culcat, 85/55 mmHg în ortostatism, AV 96/min.\n"
 "Dg: ?Infecție urinară. Hipotensiune ortostatică.\n"
 "Rec: sumar de urină, urocultură; reducerea dozei de diuretic; risc de cădere explicat.",
 [('fall', A), ('dizziness', A), ('confusion', A), ('chest_pain', N), ('palpitations', N), ('dysuria', A),
  ('fever', N), ('orthostatic_hypotension', A), ('fall', H)]),
("2020-06-15", 160005, "Consultație",
 "Motivul prezentării: durere toracică retrosternală, cu durată de 10-15 minute, apărută în repaus, "
 "însoțită de palpitații și senzație de sufocare.\n"
 "Pacientul este foarte anxios, se teme de infarct. Neagă dispneea de efort, sincopa.\n"
 "APP: fără boli cronice. Fumător 20 PA.\n"
 "AHC: tatăl - IMA la 52 ani.\n"
 "EKG: ritm sinusal, AV 102/min, fără modificări ST-T.\n"
 "Dg: Durere toracică de etiologie neprecizată. ?Atac de panică.\n"
 "Trimis la cardiologie pentru test de efort. Revine de urgență la UPU în caz de durere toracică prelungită.",
 [('chest_pain', A), ('palpitations', A), ('difficulty_breathing', A), ('anxiety', A),
  ('dyspnea_on_exertion', N), ('syncope', N), ('panic_attack', U), ('chest_pain', H)]),
("2020-09-08", 160007, "Control BPOC",
 "Pacient 66 ani, cunoscut cu BPOC GOLD 3, fost fumător.\n"
 "Acuză dispnee la eforturi mici, tuse matinală cu expectorație mucoasă, fără hemoptizie.\n"
 "Neagă febra. Nu are edeme.\n"
 "Ex. ob.: eupneic în repaus, SpO2 93%, MV diminuat bilateral, raluri sibilante.\n"
 "Dg: BPOC în exacerbare ușoară?\n"
 "Tr: continuă tiotropium; salbutamol la nevoie. Vaccinare antigripală recomandată.",
 [('dyspnea_on_exertion', A), ('cough', A), ('sputum', A), ('hemoptysis', N), ('fever', N), ('edema', N),
  ('dyspnea', N), ('wheezing', A)]),
("2020-11-20", 160002, "Teleconsultație COVID-19",
 "Teleconsultație. Pacienta 34 ani, test RT-PCR SARS-CoV-2 pozitiv din 18.11.2020.\n"
 "Acuză febră 38,5°C, mialgii, cefalee, tuse seacă, anosmie și ageuzie de ieri. Fără dispnee, SpO2 la domiciliu 97%.\n"
 "Soțul are simptome similare.\n"
 "Rec: izolare 14 zile, paracetamol 1 g la febră, hidratare, monitorizare SpO2.\n"
 "Se prezintă la UPU în caz de dispnee, durere toracică sau SpO2 sub 94%.",
 [('fever', A), ('myalgia', A), ('headache', A), ('cough', A), ('anosmia', A), ('ageusia', A), ('dyspnea', N),
  ('fever', H), ('dyspnea', H), ('chest_pain', H)]),
("2021-01-12", 160002, "Consultație post-COVID",
 "Control la 8 săptămâni după COVID-19.\n"
 "Acuză oboseală marcată, care se agravează după efort (după o plimbare de 20 min stă la pat o zi), "
 "dispnee la efort mic și palpitații.\n"
 "Mirosul nu a revenit complet - hiposmie, cu parosmie (cafeaua miroase a fum).\n"
 "Nu mai are febră, tusea s-a remis.\n"
 "Ex. ob.: afebrilă, AV 104/min în ortostatism, 78/min culcat, SpO2 98%.\n"
 "Dg: Sindrom post-COVID. Suspiciune de POTS.\n"
 "Rec: test de ridicare activă, ECG Holter, reluare treptată a efortului.",
 [('fatigue', A), ('postexertional_fatigue', A), ('dyspnea_on_exertion', A), ('palpitations', A),
  ('hyposmia', A), ('smell_taste_disorder', A), ('fever', N), ('cough', N), ('pots', U)]),
("2021-02-02", 160009, "Consultație",
 "Pacient 40 ani, COVID-19 formă medie în decembrie 2020.\n"
 "De atunci acuză oboseală persistentă, ceață mentală, dificultăți de concentrare la serviciu (programator), uită cuvinte.\n"
 "Palpitații la ridicarea în picioare, fără sincope.\n"
 "Somn neodihnitor. Neagă dispozitia depresivă.\n"
 "Ex. ob.: TA 120/80 mmHg culcat, AV 76/min; în ortostatism după 10 min AV 118/min, fără scădere a TA.\n"
 "Dg: Sindrom post-COVID cu tahicardie posturală.\n"
 "Rec: hidratare 2-3 l/zi, ciorapi compresivi, reevaluare cardiologică.",
 [('tired_all_the_time', A), ('impaired_cognition', A), ('poor_concentration', A), ('memory_impairment', A),
  ('palpitations', A), ('syncope', N), ('sleep_abnormality', A), ('depressed_mood', N), ('pots', A)]),
("2021-03-16", 160002, "Control post-COVID",
 "Reevaluare la 4 luni de la COVID.\n"
 "Oboseala s-a ameliorat parțial, mai are crize de oboseală după efort.\n"
 "Palpitațiile au dispărut. Dispneea de efort persistă la urcatul scărilor.\n"
 "Parosmie în continuare, hiposmie ameliorată.\n"
 "Fara febra, fara tuse.\n"
 "Dg: Sindrom post-COVID în ameliorare.\n"
 "Rec: kinetoterapie respiratorie, antrenament olfactiv, control peste 2 luni.",
 [('fatigue', A), ('postexertional_fatigue', A), ('palpitations', N), ('dyspnea_on_exertion', A),
  ('smell_taste_disorder', A), ('hyposmia', A), ('fever', N), ('cough', N)]),
("2021-04-20", 160001, "Control periodic",
 "Control HTA si DZ.\n"
 "Pacientul nu acuza cefalee, ameteli sau dureri toracice. Tolereaza bine tratamentul.\n"
 "TA 135/80 mmHg, AV 72/min, glicemie 128 mg/dl, HbA1c 6,9%.\n"
 "Tr: continua ramipril 5 mg/zi, metformin 1000 mg x 2/zi.\n"
 "Control peste 3 luni.",
 [('headache', N), ('dizziness', N), ('chest_pain', N)]),
("2021-05-11", 160011, "Consultație acută",
 "Motivul prezentării: durere în gât intensă de 3 zile, febră 39°C, disfagie pentru solide.\n"
 "Nu tușește, nu are rinoree.\n"
 "Ex. ob.: febril, amigdale hipertrofice cu depozite albicioase, adenopatii laterocervicale dureroase.\n"
 "Scor Centor 4.\n"
 "Dg: Angină streptococică.\n"
 "Tr: penicilină V 1,5 MUI x 3/zi, 10 zile; paracetamol la nevoie.\n"
 "Revine dacă apar dificultăți de respirație sau nu poate înghiți lichide.",
 [('sore_throat', A), ('fever', A), ('dysphagia', A), ('cough', N), ('difficulty_breathing', H),
  ('dysphagia', H)]),
("2021-06-02", 160004, "Consultație",
 "Control după ITU tratată. Usturimile micționale au dispărut.\n"
 "Fiica spune că nu a mai căzut, dar amețelile la ridicare persistă.\n"
 "Tulburări de memorie în ultimul an - uită unde pune lucrurile, se repetă.\n"
 "MMSE 23/30.\n"
 "Dg: Tulburare cognitivă ușoară. Hipotensiune ortostatică.\n"
 "Rec: bilet de trimitere la neurologie; ridicare lentă din pat.",
 [('dysuria', N), ('fall', N), ('dizziness', A), ('memory_impairment', A), ('mild_cognitive_disorder', A),
  ('orthostatic_hypotension', A)]),
("2021-07-19", 160014, "Consultație",
 "Pacienta 38 ani acuza balonare postprandiala, dureri abdominale difuze colicative care cedeaza dupa scaun, "
 "alternanta diaree/constipatie de peste un an.\n"
 "Fara scadere ponderala, fara rectoragii, fara febra.\n"
 "AHC: fara neoplazii digestive.\n"
 "Ex. ob.: abdomen suplu, usor sensibil difuz, fara organomegalii.\n"
 "Dg: Probabil sindrom de intestin iritabil.\n"
 "Rec: dieta saraca in FODMAP, trimebutina 200 mg x 3/zi; colonoscopie daca apar semne de alarma.",
 [('bloating', A), ('stomach_cramps', A), ('diarrhea', A), ('constipation', A), ('weight_loss', N),
  ('fever', N)]),
("2021-08-30", 160013, "Consultație la domiciliu",
 "Pacient 80 ani, cunoscut cu insuficiență cardiacă NYHA III și fibrilație atrială permanentă.\n"
 "Soția relatează că de o săptămână se sufocă noaptea, doarme pe 3 perne, picioarele s-au umflat.\n"
 "Ex. ob.: dispneic, raluri subcrepitante bazal bilateral, edeme gambiere cu godeu până la genunchi, "
 "AV 110/min, puls neregulat.\n"
 "Dg: Insuficiență cardiacă decompensată.\n"
 "Tr: furosemid 40 mg x 2/zi; trimitere la spital pentru internare.",
 [('difficulty_breathing', A), ('limb_swelling', A), ('dyspnea', A), ('edema', A), ('arrhythmia', A)]),
("2021-10-05", 160012, "Consultație post-COVID",
 "Pacienta 45 ani, COVID-19 în august 2021.\n"
 "Acuză pierderea mirosului de 2 luni, iar de 2 săptămâni simte mirosuri neplăcute (parosmie) - carnea "
 "și cafeaua miros a putred. Gustul este alterat.\n"
 "Fără alte acuze, fără oboseală, fără dispnee.\n"
 "Ex. ORL: fose nazale libere.\n"
 "Dg: Disfuncție olfactivă post-COVID.\n"
 "Rec: antrenament olfactiv 2 x/zi, 3 luni; control ORL.",
 [('anosmia', A), ('smell_taste_disorder', A), ('dysgeusia', A), ('fatigue', N), ('dyspnea', N)]),
("2021-11-23", 160008, "Consultație",
 "Pacienta 50 ani, prezintă de 2 luni insomnie de trezire (se trezește la 4 dimineața), tristețe, "
 "lipsă de chef, plâns facil, scăderea apetitului.\n"
 "Neagă ideația suicidară.\n"
 "Anxietate în legătură cu situația de la locul de muncă.\n"
 "APP: episod depresiv major în 2015, tratat cu sertralină.\n"
 "Scor PHQ-9 = 17.\n"
 "Dg: Episod depresiv recurent, moderat.\n"
 "Tr: sertralină 50 mg/zi; psihoterapie; control peste 4 săptămâni.",
 [('insomnia', A), ('depressed_mood', A), ('loss_of_appetite', A), ('anxiety', A), ('depression', P),
  ('depression', A)]),
("2021-12-14", 160009, "Control post-COVID",
 "Control. Holter ECG: ritm sinusal, tahicardie sinusală la ortostatism, fără aritmii.\n"
 "Testul de ridicare activă confirmă POTS post-COVID.\n"
 "Oboseala persistă, brain fog ameliorat. Nu mai are palpitatii in repaus.\n"
 "Rec: ivabradina 5 mg x 2/zi, hidratare, reevaluare la 3 luni.\n"
 "Revine daca apare sincopa.",
 [('tachycardia', A), ('arrhythmia', N), ('pots', A), ('fatigue', A), ('impaired_cognition', A),
  ('palpitations', N), ('syncope', H)]),
("2022-01-18", 160010, "Consultație",
 "Pacienta 61 ani, acuză dureri articulare la nivelul mâinilor și genunchilor, cu redoare matinală de "
 "aproximativ 30 min, de 6 luni.\n"
 "Dureri musculare difuze, oboseală, somn neodihnitor.\n"
 "Fără febră, fără erupții cutanate.\n"
 "Ex. ob.: fără sinovite, puncte dureroase fibromialgice 12/18.\n"
 "Dg: ?Fibromialgie. Gonartroză bilaterală.\n"
 "Rec: VSH, PCR, FR, anti-CCP; trimitere reumatologie.",
 [('arthralgia', A), ('joint_stiffness', A), ('myalgia', A), ('fatigue', A), ('sleep_abnormality', A),
  ('fever', N), ('rash', N), ('fibromyalgia', U)]),
("2022-02-22", 160015, "Consultație",
 "Motivul prezentării: vertij rotator intens, cu greață și vărsături, debutat brusc la întoarcerea în pat.\n"
 "Episoadele durează sub 1 minut. Fără hipoacuzie, fără acufene, fără cefalee.\n"
 "Ex. ob.: manevra Dix-Hallpike pozitivă dreapta, fără deficit motor.\n"
 "Dg: Vertij pozițional paroxistic benign.\n"
 "Tr: manevra Epley efectuată în cabinet; betahistină 24 mg x 2/zi.\n"
 "Revine dacă vertijul persistă sau apar tulburări de vedere.",
 [('vertigo', A), ('nausea', A), ('vomiting', A), ('hearing_loss', N), ('tinnitus', N), ('headache', N),
  ('muscle_weakness', N), ('vertigo', H), ('visual_disturbance', H)]),
("2022-03-08", 160017, "Consultație acută",
 "Pacient 35 ani, lucrător în construcții, acuză lombalgie acută după ridicarea unei greutăți, cu iradiere "
 "pe fața posterioară a coapsei stângi până în călcâi, parestezii în degetele piciorului stâng.\n"
 "Neagă incontinența urinară sau tulburările de tranzit.\n"
 "Ex. ob.: Lasègue pozitiv stâng la 40°, ROT prezente, forță musculară păstrată.\n"
 "Dg: Lombosciatică stângă L5-S1.\n"
 "Tr: AINS 7 zile, miorelaxant; repaus relativ.\n"
 "Se prezintă de urgență dacă apare slăbiciune în picioare sau pierderi de urină.",
 [('low_back_pain', A), ('paresthesia', A), ('urinary_incontinence', N), ('neuralgia', A),
  ('muscle_weakness', H), ('urinary_incontinence', H)]),
("2022-04-12", 160001, "Consultație",
 "Lombalgie joasă de 5 zile după grădinărit, fără iradiere, fără deficit motor.\n"
 "Nu are febră, fără tulburări urinare.\n"
 "APP: HTA, DZ tip 2.\n"
 "Ex. ob.: contractură paravertebrală lombară, Lasègue negativ.\n"
 "Tr: diclofenac gel, paracetamol 1 g la nevoie, max. 3 g/zi.\n"
 "Revine la control dacă durerile persistă peste 2 săptămâni.",
 [('low_back_pain', A), ('muscle_weakness', N), ('fever', N)]),
("2022-05-03", 160003, "Consultație pediatrică",
 "Copil 7 ani, însoțit de tată.\n"
 "De ieri vărsături (4 episoade), scaune diareice apoase 5-6/zi, dureri abdominale colicative "
 "periombilicale, subfebril 37,8°C.\n"
 "Bea lichide, urinează normal. Fratele mai mic a avut aceleași simptome săptămâna trecută.\n"
 "Ex. ob.: stare generală bună, mucoase umede, abdomen suplu, zgomote hidroaerice accentuate.\n"
 "Dg: Gastroenterită acută, probabil virală.\n"
 "Rec: SRO, dietă, probiotic. Revine dacă apar semne de deshidratare sau sânge în scaun.",
 [('vomiting', A), ('diarrhea', A), ('stomach_cramps', A), ('fever', A)]),
("2022-06-21", 160016, "Consultație - sarcină",
 "Gravidă 10 săptămâni, acuză greață matinală și vărsături 1-2/zi, toleră lichidele.\n"
 "Fără dureri abdominale, fără sângerări vaginale, fără disurie.\n"
 "Obosește ușor, somnolentă ziua.\n"
 "Ex. ob.: afebrilă, TA 110/70 mmHg.\n"
 "Rec: mese mici și dese, vitamina B6; revine dacă vărsăturile devin incoercibile sau nu tolerează lichidele.",
 [('nausea', A), ('vomiting', A), ('abdominal_pain', N), ('dysuria', N), ('fatigue', A), ('hypersomnia', A),
  ('fever', N), ('vomiting', H)]),
("2022-07-05", 160005, "Control",
 "Control după evaluarea cardiologică: test de efort negativ, ecocardiografie normală.\n"
 "Pacientul relatează în continuare episoade de palpitații, transpirații și frică de moarte, cu debut "
 "brusc, în aglomerație.\n"
 "Nu a mai avut dureri toracice.\n"
 "Dg: Tulburare de panică.\n"
 "Tr: escitalopram 10 mg/zi, psihoterapie cognitiv-comportamentală.\n"
 "Control peste 6 săptămâni.",
 [('palpitations', A), ('fear', A), ('chest_pain', N), ('panic_attack', A)]),
("2022-08-16", 160011, "Consultație acută",
 "Pacient 24 ani, erupție urticariană generalizată intens pruriginoasă, apărută la 2 ore după ce a luat "
 "ibuprofen pentru o durere de dinți.\n"
 "Fără dispnee, fără edem al buzelor sau limbii, fără disfagie.\n"
 "Ex. ob.: plăci urticariene pe trunchi și membre, fără wheezing.\n"
 "Dg: Urticarie acută medicamentoasă.\n"
 "Tr: desloratadină 5 mg/zi, evitarea AINS.\n"
 "Se prezintă la UPU în caz de dificultăți de respirație sau umflarea feței.",
 [('urticaria', A), ('itching', A), ('dyspnea', N), ('edema', N), ('dysphagia', N), ('wheezing', N),
  ('difficulty_breathing', H)]),
("2022-09-13", 160006, "Consultație - planificare familială",
 "Pacienta solicită consiliere contraceptivă.\n"
 "Menstruații neregulate la 35-50 zile, dismenoree severă în primele 2 zile, cu absenteism de la serviciu.\n"
 "Migrenele s-au rărit, 1 criză/lună.\n"
 "Neagă menoragia.\n"
 "Rec: ecografie pelvină, profil hormonal; se discută contracepție progestativă.",
 [('irregular_periods', A), ('dysmenorrhea', A), ('migraine', A), ('menorrhagia', N)]),
("2022-10-04", 160012, "Control ORL post-COVID",
 "Control la 1 an de la COVID. Mirosul s-a ameliorat parțial - hiposmie, parosmia a dispărut.\n"
 "Nu mai are tulburări de gust.\n"
 "Anxietate legată de faptul că nu simte mirosul de gaz sau de fum.\n"
 "Rec: detector de fum și gaz la domiciliu; continuă antrenamentul olfactiv.",
 [('hyposmia', A), ('smell_taste_disorder', N), ('dysgeusia', N), ('anxiety', A), ('anosmia', A)]),
("2022-11-08", 160013, "Scrisoare medicală",
 "Diagnostic la externare: Insuficiență cardiacă decompensată, FiA permanentă.\n"
 "Motivele internării: dispnee de repaus, ortopnee, edeme gambiere.\n"
 "Evoluție favorabilă sub diuretic, cu remiterea dispneei și a edemelor.\n"
 "Recomandări: furosemid 40 mg/zi, restricție hidrosalină, cântărire zilnică.\n"
 "Revine la creșterea în greutate cu peste 2 kg în 3 zile sau la reapariția dispneei.",
 [('dyspnea', A), ('edema', A), ('dyspnea', N), ('edema', N), ('dyspnea', H)]),
("2022-12-06", 160007, "Consultație acută",
 "Pacient cu BPOC, de 4 zile tuse cu expectorație purulentă, dispnee agravată, febră 38°C.\n"
 "Nu prezintă hemoptizie, durere toracică sau edeme.\n"
 "Ex. ob.: dispneic, SpO2 89%, wheezing difuz, raluri subcrepitante bazal drept.\n"
 "Dg: Exacerbare BPOC, suspiciune de pneumonie bazală dreaptă.\n"
 "Conduită: trimis la UPU pentru radiografie și evaluare.",
 [('cough', A), ('sputum', A), ('dyspnea', A), ('fever', A), ('hemoptysis', N), ('chest_pain', N),
  ('edema', N), ('wheezing', A)]),
("2023-01-10", 160008, "Control",
 "Control la 6 saptamani de tratament cu sertralina.\n"
 "Dispozitia s-a ameliorat, doarme mai bine, nu mai plange.\n"
 "Acuza greata in primele zile de tratament, acum remisa.\n"
 "Fara idei suicidare. Libido scazut.\n"
 "Tr: continua sertralina 50 mg/zi inca 6 luni.",
 [('nausea', N), ('reduced_libido', A)]),
("2023-02-14", 160010, "Control reumatologie",
 "Scrisoare reumatologie: anticorpi anti-CCP negativi, FR negativ, VSH 12.\n"
 "Diagnostic: Fibromialgie; artroză digitală.\n"
 "Pacienta acuză în continuare dureri difuze, oboseală și tulburări de somn, cefalee tensională.\n"
 "Tr: amitriptilină 10 mg seara, exercițiu aerob gradat.\n"
 "Revine dacă apar tumefieri articulare sau febră.",
 [('fibromyalgia', A), ('msk_pain', A), ('fatigue', A), ('sleep_disorder', A), ('headache', A), ('fever', H)]),
("2023-03-07", 160014, "Control",
 "Control sindrom de intestin iritabil.\n"
 "Sub dieta low-FODMAP balonarea s-a redus, scaune 1-2/zi, consistente.\n"
 "Nu mai are dureri abdominale.\n"
 "Colonoscopie (02.2023): fara modificari.\n"
 "Rec: continua dieta, reintroducere treptata a alimentelor.",
 [('bloating', A), ('abdominal_pain', N)]),
("2023-03-28", 160016, "Consultație postpartum",
 "Lăuză la 3 luni postpartum.\n"
 "Acuză pierderi de urină la tuse, strănut și efort, de la naștere.\n"
 "Oboseală, somn fragmentat (alăptează la 3 ore).\n"
 "Fără dispoziție depresivă, se bucură de copil. Fără disurie.\n"
 "Mama pacientei are incontinență urinară de efort.\n"
 "Rec: kinetoterapie pentru planșeul pelvin, reevaluare la 3 luni.",
 [('urinary_incontinence', A), ('fatigue', A), ('sleep_abnormality', A), ('depressed_mood', N), ('dysuria', N),
  ('urinary_incontinence', F)]),
("2023-04-18", 160009, "Control post-COVID",
 "Reevaluare la 2 ani și 4 luni de la COVID.\n"
 "Sub ivabradină, palpitațiile au dispărut, toleranța la efort s-a îmbunătățit.\n"
 "Persistă oboseală după efort intens și dificultăți de concentrare ocazionale.\n"
 "Fără sincope, fără lipotimii.\n"
 "Rec: reducerea treptată a ivabradinei; revine la nevoie.",
 [('palpitations', N), ('postexertional_fatigue', A), ('poor_concentration', A), ('syncope', N),
  ('lightheadedness', N)]),
("2023-05-09", 160015, "Consultație",
 "Pacient 56 ani, acuza scaderea auzului la urechea stanga si tiuit in ureche de 3 luni.\n"
 "Fara vertij, fara otalgie, fara otoree.\n"
 "Tatal a avut surditate la varsta a treia.\n"
 "Ex. ORL: otoscopie normala bilateral.\n"
 "Rec: audiograma tonala; trimitere ORL.",
 [('hearing_loss', A), ('tinnitus', A), ('vertigo', N), ('earache', N), ('hearing_loss', F)]),
("2023-05-30", 160017, "Control",
 "Control lombosciatică.\n"
 "Durerea iradiată în membrul inferior stâng s-a remis, persistă lombalgie ușoară la statul prelungit pe scaun.\n"
 "Parestezii absente. Fără slăbiciune în picioare.\n"
 "Rec: kinetoterapie, exerciții de consolidare a musculaturii paravertebrale.",
 [('low_back_pain', A), ('neuralgia', A), ('paresthesia', N), ('muscle_weakness', N)]),
("2023-06-13", 160004, "Consultație la domiciliu",
 "Vizită la domiciliu. Fiica semnalează că de 2 zile pacienta este dezorientată, agitată noaptea, nu "
 "recunoaște nepoții; febră 38,4°C, tuse.\n"
 "Ex. ob.: febrilă, SpO2 92%, raluri crepitante bazal stâng, dezorientată temporo-spațial.\n"
 "Dg: ?Pneumonie bazală stângă, sindrom confuzional acut.\n"
 "Conduită: trimitere de urgență la spital.",
 [('confusion', A), ('fever', A), ('cough', A)]),
("2023-07-04", 160003, "Consultație pediatrică",
 "Copil 8 ani, adus de mama pentru erupție maculo-papuloasă pe trunchi, apărută de ieri, fără prurit.\n"
 "Febră 38°C cu 2 zile înainte de erupție, odinofagie ușoară.\n"
 "Mama neagă contactul cu alți copii bolnavi.\n"
 "Ex. ob.: exantem micropapulos pe trunchi și rădăcina membrelor, faringe hiperemic, limbă zmeurie.\n"
 "Dg: Suspiciune de scarlatină.\n"
 "Rec: exudat faringian, amoxicilină 10 zile dacă se confirmă.",
 [('rash', A), ('itching', N), ('fever', A), ('sore_throat', A)]),
("2023-07-25", 160005, "Control",
 "Control tulburare de panică.\n"
 "Sub escitalopram nu a mai avut atacuri de panică de 2 luni; anxietatea anticipatorie redusă.\n"
 "Doarme bine. Neagă palpitațiile.\n"
 "Rec: continuă tratamentul 6-12 luni, psihoterapie.",
 [('panic_attack', A), ('panic_attack', N), ('anxiety', A), ('palpitations', N)]),
("2023-08-08", 160006, "Consultație",
 "Pacienta acuză cefalee în ultimele 3 zile, diferită de migrenele obișnuite: holocraniană, cu amețeli, "
 "fără greață, fără tulburări vizuale.\n"
 "TA 160/100 mmHg (cunoscută normotensivă).\n"
 "Neagă febra, fără redoare de ceafă.\n"
 "Rec: monitorizare TA acasă 7 zile; revine de urgență în caz de cefalee brusc instalată, severă, sau deficit motor.",
 [('headache', A), ('migraine', A), ('dizziness', A), ('nausea', N), ('visual_disturbance', N), ('fever', N),
  ('headache', H), ('muscle_weakness', H)]),
("2023-08-29", 160013, "Consultație la domiciliu",
 "Pacient 82 ani, evaluare după externare.\n"
 "Fără dispnee în repaus, dispnee la efort moderat (10 m pe teren plat). Edemele gambiere au dispărut.\n"
 "Somnolență diurnă, se trezește des noaptea pentru micțiuni.\n"
 "A căzut o dată în baie, fără traumatisme.\n"
 "Rec: continuă tratamentul; baston și bare de sprijin în baie; risc de cădere crescut.",
 [('dyspnea', N), ('dyspnea_on_exertion', A), ('edema', N), ('hypersomnia', A), ('sleep_abnormality', A),
  ('fall', A), ('fall', H)]),
("2023-09-12", 160011, "Consultație - adeverință medicală",
 "Pacient 25 ani, solicită adeverință medicală pentru angajare.\n"
 "Asimptomatic. Fără boli cronice, fără alergii cunoscute.\n"
 "Ex. ob.: TA 120/75 mmHg, AV 68/min, auscultație cardio-pulmonară normală.\n"
 "Apt pentru activitatea solicitată.",
 []),
("2023-09-26", 160002, "Consultație",
 "Pacienta 37 ani, la aproape 3 ani după COVID, revine pentru oboseală reapărută după o viroză "
 "respiratorie, cu intoleranță la efort.\n"
 "Nu are febră. Nu acuză palpitații.\n"
 "AHC: mama - hipotiroidism.\n"
 "Rec: hemoleucogramă, feritină, TSH pentru excluderea unei anemii sau hipotiroidii; control cu rezultatele.",
 [('fatigue', A), ('postexertional_fatigue', A), ('fever', N), ('palpitations', N)]),
("2023-10-10", 160012, "Control",
 "Control. Mirosul revenit aproape complet, fara parosmie.\n"
 "Acuza de 2 saptamani dureri de cap frontale si nas infundat, secretii nazale purulente.\n"
 "Afebrila.\n"
 "Dg: Rinosinuzita acuta.\n"
 "Tr: spalaturi nazale, mometazona spray; antibiotic doar daca simptomele persista peste 10 zile sau apare febra.",
 [('smell_taste_disorder', N), ('headache', A), ('nasal_congestion', A), ('fever', N), ('fever', H)]),
("2023-10-31", 160010, "Consultație",
 "Pacienta acuză de o săptămână durere de umăr drept, cu limitarea abducției, agravată noaptea.\n"
 "Fără traumatism. Fără parestezii în mână.\n"
 "Ex. ob.: durere la abducția activă peste 90°, Jobe pozitiv.\n"
 "Dg: Tendinopatie de coafă rotatorie dreaptă.\n"
 "Tr: AINS topic, kinetoterapie; infiltrație dacă durerea persistă.",
 [('msk_pain', A), ('paresthesia', N)]),
("2023-11-14", 160016, "Consultație",
 "Pacienta 31 ani, cu copilul de 10 luni care are febră și tuse de 2 zile (consultat separat).\n"
 "Ea acuză durere în gât și răgușeală de ieri, fără febră.\n"
 "Ex. ob.: faringe hiperemic, fără depozite.\n"
 "Dg: Faringită acută virală.\n"
 "Rec: gargară, pastile pentru gât, revine dacă apare febră sau dificultăți la înghițire.",
 [('fever', F), ('cough', F), ('sore_throat', A), ('hoarse_voice', A), ('fever', N), ('fever', H),
  ('dysphagia', H)]),
("2023-11-28", 160015, "Control",
 "Audiograma: hipoacuzie neurosenzorială bilaterală, predominant stângă.\n"
 "Tinitusul persistă, deranjant seara, îi perturbă somnul; adoarme greu.\n"
 "Neagă vertijul.\n"
 "Rec: proteză auditivă, consult ORL periodic.",
 [('hearing_loss', A), ('tinnitus', A), ('difficulty_sleeping', A), ('vertigo', N)]),
("2023-12-12", 160017, "Consultație acută",
 "Pacient 36 ani, a căzut de pe scară acum 3 zile, cu durere toracică laterală dreaptă la inspir profund și la tuse.\n"
 "Fără dispnee, fără hemoptizie.\n"
 "Ex. ob.: sensibilitate la palparea coastelor VII-VIII drept, MV prezent bilateral.\n"
 "Dg: Contuzie toracică. Suspiciune de fractură costală.\n"
 "Rec: radiografie toracică; analgezice; revine dacă apare dispnee sau febră.",
 [('fall', A), ('chest_pain', A), ('dyspnea', N), ('hemoptysis', N), ('dyspnea', H), ('fever', H)]),
("2023-12-27", 160001, "Control periodic",
 "Control HTA, DZ tip 2.\n"
 "Pacientul relatează oboseală și poliurie în ultima lună, sete excesivă, scădere ponderală de 3 kg.\n"
 "Fără cefalee, fără tulburări de vedere.\n"
 "Glicemie a jeun 210 mg/dl, HbA1c 9,1%.\n"
 "Dg: DZ tip 2 dezechilibrat.\n"
 "Tr: se asociază gliclazidă 60 mg/zi; control peste 1 lună.",
 [('fatigue', A), ('weight_loss', A), ('headache', N), ('visual_disturbance', N)]),
]


def main():
    assert len(NOTES) == 50
    dates = [n[0] for n in NOTES]
    assert dates == sorted(dates)
    write_part('ro', 60001, [(pid, date, title, text, [(ID[k], s) for k, s in gold]) for date, pid, title, text, gold in NOTES])


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Write corpus-sample/parts/nl.csv and nl_gold.jsonl: 50 synthetic Dutch GP notes (NL and Flemish BE).

Every note is invented for this project: no real patient, person or record is behind any of them.
Notes follow Dutch huisarts usage (SOEP: S/O/E/P, HIS abbreviations: pt, gb, ivm, icm, wsch, DD, VG, FA)
and a few Flemish consultation notes (anamnese, klinisch onderzoek, besluit, beleid). The gold lists every
(concept, status) of ../../shared/concepts/symptoms.tsv the note mentions, by the rules of
tests/tables/README.md (family > negated > hypothetical > uncertain > historical > affirmed;
resolved/over/verdwenen = negated; "terugkomen bij X" = hypothetical). Standard library only.

    python3 corpus-sample/parts/make_nl.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_tools import concept_ids, write_part  # noqa: E402

A, N, H, U, P, F = "affirmed", "negated", "hypothetical", "uncertain", "historical", "family"

C = concept_ids()

# (person_id, date, title, text, [(concept key, status), ...])
NOTES = [
(150001, "2020-11-23", "Telefonisch consult", """Telefonisch consult.
S: sinds 5 dagen koorts tot 38.9, droge hoest, spierpijn en hoofdpijn. Sinds gisteren ruikt ze niets meer. PCR positief (GGD). Niet benauwd, geen pijn op de borst.
E: COVID-19, mild beloop.
P: paracetamol, rust. Terugkomen bij benauwdheid of aanhoudende koorts na dag 10.""",
 [("fever", A), ("cough", A), ("myalgia", A), ("headache", A), ("anosmia", A), ("dyspnea", N), ("chest_pain", N),
  ("dyspnea", H), ("fever", H)]),
(150001, "2021-02-08", "Consult", """S: 11 wk na COVID nog steeds erg moe, na boodschappen 2 dagen uitgeteld (post-exertionele malaise). Hersenmist, kan zich niet concentreren op werk. Kortademig bij traplopen. Reuk nog steeds verminderd, sommige dingen ruiken vies (parosmie). Slaapt slecht.
O: RR 118/76, pols 84 regulair, sat 98%. Cor/pulm gb.
E: post-COVID syndroom.
P: lab (BB, TSH, ferritine, glucose), uitleg doseren van activiteit, verwijzing ergotherapie.""",
 [("fatigue", A), ("postexertional_fatigue", A), ("impaired_cognition", A), ("poor_concentration", A),
  ("dyspnea_on_exertion", A), ("hyposmia", A), ("smell_taste_disorder", A), ("difficulty_sleeping", A)]),
(150001, "2021-06-14", "Controle long covid", """Controle long covid.
S: gaat langzaam beter. Minder crashes na inspanning, werkt 20 uur. Concentratie verminderd maar beter. Reuk bijna terug. Hartkloppingen bij opstaan zijn verdwenen. Geen benauwdheid meer.
E: herstellend post-COVID.
P: opbouw werk i.o.m. bedrijfsarts. Terugkomen bij terugval.""",
 [("postexertional_fatigue", A), ("reduced_concentration", A), ("palpitations", N), ("dyspnea", N)]),
(150002, "2020-02-17", "Consult", """S: pt, 58 jr, sinds 2 weken drukkende pijn op de borst bij inspanning, verdwijnt in rust. Geen uitstraling. Niet kortademig, geen hartkloppingen. Rookt 20/dag. FA: vader hartinfarct op 52 jr.
O: RR 152/94, pols 76 regulair. Cor: geen souffle.
E: verdenking stabiele angina pectoris.
P: ECG, lab, verwijzing cardiologie. Bij pijn op de borst in rust > 15 min 112 bellen.""",
 [("chest_pain", A), ("dyspnea", N), ("palpitations", N), ("chest_pain", H)]),
(150002, "2021-09-30", "Telefonisch consult", """Tel. Sinds 3 dagen hartkloppingen, voelt het hart onregelmatig slaan. Licht in het hoofd, niet flauwgevallen. Geen POB.
P: vandaag ECG op de praktijk.
ECG: boezemfibrilleren, ventrikelfrequentie 118/min.
E: AF met snelle ventrikelrespons, tachycard.
P: metoprolol, CHA2DS2-VASc 2, start DOAC. Controle over 1 week, eerder bij duizeligheid of wegraking.""",
 [("palpitations", A), ("lightheadedness", A), ("syncope", N), ("chest_pain", N), ("tachycardia", A),
  ("dizziness", H), ("syncope", H)]),
(150002, "2021-10-08", "Controle", """Controle AF.
S: hartkloppingen minder. Wel moe sinds metoprolol. Geen duizeligheid.
O: pols 54 irregulair, bradycard. RR 126/78.
E: AF, frequentie te laag.
P: metoprolol halveren. Controle 4 wk.""",
 [("palpitations", A), ("fatigue", A), ("bradycardia", A), ("dizziness", N)]),
(150003, "2020-03-09", "Consult", """S: bekend met migraine zonder aura sinds puberteit. Nu 3-4 aanvallen per maand, kloppende hoofdpijn links, misselijk, braakt soms. Licht- en geluidsschuw. Geen visusstoornissen, geen krachtsverlies.
FA: moeder en zus migraine.
E: migraine, frequentie toegenomen.
P: sumatriptan 50 mg, hoofdpijndagboek, bespreken profylaxe bij volgende controle.""",
 [("migraine", P), ("headache", A), ("nausea", A), ("vomiting", A), ("visual_disturbance", N),
  ("muscle_weakness", N), ("migraine", F), ("migraine", A)]),
(150003, "2021-01-25", "Consult", """S: sinds 3 wk andere hoofdpijn, dagelijks, drukkend, hele hoofd. Gebruikt bijna dagelijks paracetamol. Slaapt slecht ivm drukte op werk. Geen koorts, geen nekstijfheid, geen braken.
O: neurologisch onderzoek gb. RR 128/80.
E: spanningshoofdpijn, DD medicatieovergebruikshoofdpijn.
P: uitleg, paracetamol afbouwen, ontspanningsoefeningen. Terugkomen bij toename van hoofdpijn of uitval.""",
 [("headache", A), ("difficulty_sleeping", A), ("fever", N), ("vomiting", N), ("headache", U), ("headache", H)]),
(150003, "2022-05-03", "Telefonisch consult", """Tel. Migraine goed onder controle met propranolol, 1 aanval per maand. Wel duizelig bij opstaan en koude handen. Pols 58.
E: bijwerking propranolol? orthostatische hypotensie?
P: dosering verlagen naar 40 mg, RR meten op praktijk.""",
 [("migraine", A), ("dizziness", A), ("orthostatic_hypotension", U)]),
(150004, "2020-01-13", "Consult", """Kind, 8 jr, komt met moeder. Moeder vertelt dat hij sinds 2 dagen koorts heeft tot 39.5, keelpijn en buikpijn. Eet slecht. Geen hoest.
O: tonsillen rood met beslag, cervicale klieren vergroot. Buik soepel, geen drukpijn.
E: wsch tonsillitis.
P: paracetamol, veel drinken. Terug bij slikproblemen of als hij niet meer drinkt.""",
 [("fever", A), ("sore_throat", A), ("abdominal_pain", A), ("loss_of_appetite", A), ("cough", N), ("dysphagia", H)]),
(150004, "2021-03-22", "Telefonisch consult", """Tel met moeder. Zoon sinds gisteravond 5x gebraakt en waterdunne diarree. Drinkt kleine slokjes, plast nog. Geen koorts. Zusje had vorige week ook buikgriep.
E: gastro-enteritis, geen tekenen van uitdroging.
P: ORS, kleine beetjes drinken. Bij sufheid, niet meer plassen of bloed bij de ontlasting direct bellen.""",
 [("vomiting", A), ("diarrhea", A), ("fever", N), ("lethargy", H)]),
(150004, "2022-11-07", "Consult", """Moeder meldt dat hij al 3 weken 's nachts hoest en piept, vooral na voetballen benauwd. Vader heeft astma. Geen koorts.
O: pulm: verlengd exspirium, expiratoir piepen beiderzijds. Sat 97%.
E: astma bij kinderen?
P: salbutamol via voorzetkamer, controle 2 wk, spirometrie.""",
 [("cough", A), ("wheezing", A), ("dyspnea", A), ("fever", N)]),
(150005, "2020-06-29", "Visite", """Visite. Mw 72 jr, gisteren gevallen in de badkamer, kon zelf opstaan. Pijn rechterheup. Niet duizelig geweest, geen bewustzijnsverlies. Woont alleen, dochter komt dagelijks.
O: loopt moeizaam, heup pijnlijk bij bewegen, geen verkorting of exorotatie.
E: kneuzing heup na val.
P: paracetamol, fysiotherapie, valrisico bespreken. Bij toename van pijn of niet kunnen lopen röntgen.""",
 [("fall", A), ("arthralgia", A), ("dizziness", N), ("syncope", N)]),
(150005, "2021-12-06", "Telefonisch consult", """Tel. Dochter belt: moeder sinds 2 dagen verward, weet niet welke dag het is, 's nachts onrustig. Plast vaker, branderig plassen. Geen koorts gemeten.
E: delier? verdenking urineweginfectie.
P: visite vandaag, urine.
Visite: gedesoriënteerd in tijd, urine nitriet+.
E: delier bij UWI.
P: nitrofurantoine, dochter zorgt voor drinken. Bij toename verwardheid opnieuw contact.""",
 [("confusion", A), ("dysuria", A), ("fever", N), ("delirium", U), ("delirium", A), ("confusion", H)]),
(150005, "2023-04-17", "Consult", """Controle. Geheugen gaat achteruit volgens dochter, vergeet afspraken, laat pannen aanbranden. Zelf geen klachten. MMSE 24/30.
E: lichte cognitieve stoornis, DD beginnende dementie.
P: verwijzing geheugenpoli.""",
 [("memory_impairment", A), ("mild_cognitive_disorder", A)]),
(150006, "2020-08-10", "Consult", """S: sinds 4 dagen lage rugpijn na tillen van tegels. Geen uitstraling naar de benen, geen tintelingen. Plassen en ontlasting normaal.
O: paravertebrale spierspanning L4-L5, Lasègue negatief.
E: aspecifieke lage rugpijn.
P: blijven bewegen, paracetamol/NSAID. Bij uitstraling of krachtsverlies in de benen terugkomen.""",
 [("low_back_pain", A), ("paresthesia", N), ("muscle_weakness", H)]),
(150006, "2021-07-19", "Consult", """S: nu uitstralende pijn in het linkerbeen tot in de voet, tintelingen in de grote teen. Rugpijn minder.
O: Lasègue links positief bij 40 graden, kracht intact.
E: lumbosacraal radiculair syndroom L5 links (ischias).
P: NSAID, fysiotherapie, uitleg beloop. Bij krachtsverlies of incontinentie direct contact.""",
 [("neuralgia", A), ("paresthesia", A), ("back_pain", A), ("muscle_weakness", H), ("urinary_incontinence", H)]),
(150006, "2021-10-25", "Telefonisch consult", """Tel. Beenpijn en tintelingen inmiddels verdwenen. Rugpijn af en toe, kan weer volledig werken. Oefeningen fysiotherapeut gaat hij zelf voortzetten.
E: herstel radiculair syndroom.
P: geen vervolg nodig.""",
 [("msk_pain", N), ("paresthesia", N), ("back_pain", A)]),
(150007, "2020-05-04", "Consult", """S: voelt zich sinds 2 mnd somber, nergens zin in, slaapt slecht, wordt om 4 uur wakker. Weinig eetlust, 3 kg afgevallen. Concentratieproblemen op werk. Geen suïcidale gedachten.
VG: depressie 2016, toen sertraline.
E: depressieve episode, recidief.
P: sertraline herstarten, verwijzing POH-GGZ, controle 2 wk.""",
 [("depressed_mood", A), ("difficulty_sleeping", A), ("loss_of_appetite", A), ("weight_loss", A),
  ("poor_concentration", A), ("depression", P), ("depression", A)]),
(150007, "2021-02-15", "Consult", """S: stemming beter. Wel paniekaanvallen in de supermarkt, hartkloppingen, benauwd, bang om dood te gaan. Tintelingen rond de mond tijdens aanval.
E: paniekstoornis.
P: uitleg, ademhalingsoefeningen, POH-GGZ.""",
 [("panic_attack", A), ("palpitations", A), ("dyspnea", A), ("fear", A), ("paresthesia", A)]),
(150007, "2022-06-20", "Telefonisch consult", """Tel. Gaat goed, geen paniekaanvallen meer sinds 3 mnd. Stemming goed, slaapt goed.
P: sertraline afbouwen in 6 wk. Bij terugkeer van somberheid contact.""",
 [("panic_attack", N), ("depressed_mood", H)]),
(150008, "2020-10-05", "Consultatie huisarts", """Anamnese: patiënt, 66 j, hoest al 3 weken met groen slijm, kortademig bij het wandelen. Koorts gisteren 38.4. Rookt 40 pakjaren. Geen bloed bij het hoesten.
Klinisch onderzoek: crepitaties basaal rechts, sat 93%.
Besluit: mogelijks pneumonie, DD exacerbatie COPD.
Beleid: RX thorax, amoxicilline-clavulaanzuur. Bij toename van benauwdheid spoed.""",
 [("cough", A), ("sputum", A), ("dyspnea_on_exertion", A), ("fever", A), ("hemoptysis", N), ("dyspnea", H)]),
(150008, "2020-10-26", "Consultatie huisarts", """Anamnese: hoest bijna over, geen koorts meer, nog wat moe. RX: infiltraat rechts onder, opgeklaard op controle.
Besluit: herstel na pneumonie.
Beleid: spirometrie over 6 weken.""",
 [("cough", A), ("fever", N), ("fatigue", A)]),
(150008, "2022-01-31", "Consultatie huisarts", """Anamnese: al 2 maanden hees, geen keelpijn, geen slikklachten. Rookt nog. Vermagerd? Weegt 3 kg minder dan vorig jaar.
Klinisch onderzoek: keel rustig, geen klieren palpabel.
Besluit: persisterende heesheid bij roker.
Beleid: verwijzing NKO ter uitsluiting van larynxcarcinoom.""",
 [("hoarse_voice", A), ("sore_throat", N), ("dysphagia", N), ("weight_loss", U)]),
(150009, "2021-04-12", "Consult", """S: 52 jr, sinds een half jaar onregelmatige menstruatie, soms hevig bloedverlies. Opvliegers en nachtzweten, slaapt slecht. Minder zin in seks.
O: niet verricht.
E: perimenopauze.
P: uitleg, Hb bepalen. Bij hevig bloedverlies > 7 dagen of tussentijds bloedverlies terugkomen.""",
 [("irregular_periods", A), ("menorrhagia", A), ("difficulty_sleeping", A), ("reduced_libido", A),
  ("menorrhagia", H), ("menstrual_cycle_abnormal", H)]),
(150009, "2021-05-03", "Telefonisch consult", """Tel. Hb 6.9. Moe, duizelig bij opstaan. Geen hartkloppingen.
E: ijzergebreksanemie bij menorragie.
P: ferrofumaraat, Hb controle 6 wk, gynaecoloog i.v.m. menorragie.""",
 [("fatigue", A), ("dizziness", A), ("palpitations", N), ("menorrhagia", A)]),
(150010, "2020-12-14", "Telefonisch consult", """Tel. Sinds 4 dagen koorts, hoesten, alles smaakt anders. Vrouw en zoon ook positief getest, vrouw heeft ook koorts. Geen benauwdheid.
E: COVID-19.
P: thuisisolatie. Terugkomen bij benauwdheid of sufheid.""",
 [("fever", A), ("cough", A), ("dysgeusia", A), ("fever", F), ("dyspnea", N), ("dyspnea", H), ("lethargy", H)]),
(150010, "2021-03-29", "Consult", """S: 3 mnd na covid: vermoeidheidsklachten, na een wandeling van 20 min dagen uitgeteld. Hartkloppingen bij staan, pols thuis 80 liggend -> 125 staand. Duizelig bij opstaan, niet flauwgevallen. Hersenmist.
O: staande test: HR stijging 40/min na 10 min, RR stabiel.
E: post-COVID, verdenking POTS.
P: verwijzing cardioloog, zout en vocht, steunkousen.""",
 [("fatigue", A), ("palpitations", A), ("dizziness", A), ("syncope", N), ("impaired_cognition", A), ("pots", U)]),
(150010, "2021-09-13", "Controle long covid", """Controle. POTS bevestigd door cardioloog, ivabradine. Hartkloppingen minder, nog wel inspanningsintolerantie. Geheugenklachten en woordvindingsproblemen op het werk. Geen pijn op de borst.
P: neuropsychologisch onderzoek, bedrijfsarts.""",
 [("pots", A), ("palpitations", A), ("postexertional_fatigue", A), ("memory_impairment", A),
  ("impaired_cognition", A), ("chest_pain", N)]),
(150011, "2020-07-06", "Consult", """S: 61 jr, sinds 6 wk maagpijn, vooral na eten, opgeblazen gevoel. Geen braken, geen zwarte ontlasting, niet afgevallen. Gebruikt ibuprofen voor knieën.
E: dyspepsie, mogelijk door NSAID.
P: ibuprofen stoppen, omeprazol 4 wk. Bij alarmsymptomen (braken, slikklachten, gewichtsverlies) gastroscopie.""",
 [("epigastric_pain", A), ("bloating", A), ("vomiting", N), ("weight_loss", N), ("vomiting", H),
  ("dysphagia", H), ("weight_loss", H)]),
(150011, "2021-11-22", "Consult", """S: afwisselend diarree en obstipatie, buikkrampen die verminderen na defecatie. Geen bloed. Moeder had darmkanker op 70 jr.
O: buik soepel, diffuus licht drukpijnlijk.
E: PDS? DD coloncarcinoom minder waarschijnlijk.
P: calprotectine, FIT-test.""",
 [("diarrhea", A), ("constipation", A), ("stomach_cramps", A)]),
(150011, "2022-02-07", "Telefonisch consult", """Tel. FIT negatief, calprotectine normaal. Buikklachten wisselend, afhankelijk van stress. Wel moe.
E: prikkelbaredarmsyndroom.
P: vezelrijk dieet, psylliumvezels.""",
 [("abdominal_pain", A), ("fatigue", A)]),
(150012, "2021-01-18", "Telefonisch consult", """tel. 23 jr, student. Sinds 5 dgn verstopte neus, keelpijn, hees. Geen koorts, niet benauwd. Sneltest negatief.
E: verkoudheid.
P: neusspray zoutoplossing, paracetamol z.n.""",
 [("nasal_congestion", A), ("sore_throat", A), ("hoarse_voice", A), ("fever", N), ("dyspnea", N)]),
(150012, "2022-09-05", "Consult", """S: tijdens voetbaltraining onwel geworden, even weggeraakt, snel weer bij. Daarvoor hartkloppingen en zwart voor de ogen. Nooit eerder gehad. Geen tongbeet, geen incontinentie.
O: RR 122/70, pols 64 regulair, cor gb. ECG: geen afwijkingen.
E: wegraking tijdens inspanning, ritmestoornis niet uitgesloten.
P: verwijzing cardiologie, niet sporten tot beoordeling.""",
 [("malaise", A), ("syncope", A), ("palpitations", A), ("lightheadedness", A), ("urinary_incontinence", N),
  ("arrhythmia", U)]),
(150013, "2020-09-14", "Consultatie", """Anamnese: 38 j, sinds 2 dagen branderig plassen, vaak kleine beetjes, pijn in de onderbuik. Geen koorts, geen flankpijn.
Onderzoek: urine: nitriet +, leuco ++.
Besluit: cystitis.
Beleid: nitrofurantoïne 5 dagen. Indien koorts of flankpijn terug consulteren.""",
 [("dysuria", A), ("abdominal_pain", A), ("fever", N), ("fever", H)]),
(150013, "2021-06-28", "Consultatie", """Anamnese: sinds 1 week jeukende uitslag op de armen en romp, galbulten die komen en gaan. Nieuwe wasverzachter. Geen zwelling van lippen, geen benauwdheid.
Onderzoek: urticariële plaques op romp.
Besluit: acute urticaria.
Beleid: cetirizine, wasmiddel vermijden. Bij zwelling van tong of moeite met ademhalen 112.""",
 [("itching", A), ("rash", A), ("urticaria", A), ("dyspnea", N), ("difficulty_breathing", H)]),
(150013, "2023-01-16", "Consultatie", """Anamnese: sinds november pijnlijke rode zwellingen aan de tenen bij koud weer, jeuken. Vorige winter ook.
Besluit: wintertenen (perniones).
Beleid: warm houden, geen behandeling nodig.""",
 [("chilblains", A), ("itching", A)]),
(150014, "2020-04-20", "Visite", """Visite. 79 jr, bekend met hartfalen. Sinds 1 week dikke enkels en benen, 3 kg aangekomen. Kortademig bij geringe inspanning, slaapt op 3 kussens. Geen pijn op de borst.
O: pitting oedeem tot halverwege onderbenen, crepitaties basaal beiderzijds.
E: decompensatio cordis.
P: furosemide verhogen naar 80 mg, dagelijks wegen. Bij toename kortademigheid of gewicht >2 kg per 3 dagen bellen.""",
 [("limb_swelling", A), ("dyspnea_on_exertion", A), ("chest_pain", N), ("edema", A), ("dyspnea", H)]),
(150014, "2020-05-04", "Telefonisch consult", """Tel met echtgenote. Oedeem veel minder, enkels weer dun. Wel duizelig bij opstaan, 1x bijna gevallen. Plast veel.
E: hypovolemie door diurese? orthostatische hypotensie?
P: furosemide terug naar 40 mg. Visite volgende week.""",
 [("edema", A), ("dizziness", A), ("orthostatic_hypotension", U)]),
(150014, "2022-08-15", "Visite", """Visite. Sinds gisteren suf, eet niet, hoest. Temp 38.2. Echtgenote vertelt dat hij vannacht in de war was.
O: crepitaties links basaal, sat 91%, AH 24/min.
E: pneumonie links, delier.
P: overleg SEH.""",
 [("lethargy", A), ("loss_of_appetite", A), ("cough", A), ("confusion", A), ("delirium", A)]),
(150015, "2020-02-24", "Consult", """S: 55 jr, al jaren overal pijn, spieren en gewrichten, ochtendstijfheid < 30 min. Moe, slaapt onrustig, restless legs 's avonds. Geen gewrichtszwelling, geen koorts.
O: diffuus drukpijnlijke tenderpoints, geen synovitis.
E: fibromyalgie.
P: uitleg, graded activity, amitriptyline 10 mg a.n.""",
 [("myalgia", A), ("arthralgia", A), ("joint_stiffness", A), ("fatigue", A), ("difficulty_sleeping", A),
  ("restless_legs", A), ("fever", N), ("fibromyalgia", A)]),
(150015, "2021-03-15", "Telefonisch consult", """Tel. Slaapt beter op amitriptyline, wel droge mond. Pijn wisselend. Zus sinds kort ook diagnose fibromyalgie.
E: fibromyalgie, stabiel.
P: amitriptyline continueren, graded activity afronden. Controle over 3 mnd.""",
 [("fibromyalgia", F), ("fibromyalgia", A)]),
(150015, "2023-10-02", "Consult", """S: sinds 2 wk nekpijn met uitstraling naar rechterarm, tintelingen in duim en wijsvinger. Geen krachtsverlies.
O: Spurling rechts positief, kracht en reflexen symmetrisch.
E: cervicaal radiculair syndroom C6 rechts.
P: NSAID, fysiotherapie. Bij krachtsverlies terugkomen.""",
 [("neck_pain", A), ("paresthesia", A), ("muscle_weakness", N), ("muscle_weakness", H)]),
(150016, "2021-05-17", "Consult", """S: sinds 3 dagen draaiduizeligheid bij omdraaien in bed en opkijken, duurt < 1 min, misselijk. Geen gehoorverlies, geen oorsuizen, geen hoofdpijn.
O: Dix-Hallpike rechts positief met rotatoire nystagmus.
E: BPPD rechts.
P: Epley-manoeuvre uitgevoerd, uitleg.""",
 [("vertigo", A), ("nausea", A), ("hearing_loss", N), ("tinnitus", N), ("headache", N)]),
(150016, "2022-11-28", "Consult", """S: sinds 2 mnd piep in het linkeroor, vooral 's avonds. Hoort links iets minder. Geen oorpijn, geen duizeligheid.
O: otoscopie gb, fluisterspraak links verminderd.
E: tinnitus met gehoorverlies links, wsch perceptief.
P: verwijzing audiologisch centrum.""",
 [("tinnitus", A), ("hearing_loss", A), ("earache", N), ("dizziness", N)]),
(150017, "2020-12-07", "Telefonisch consult", """Tel. Sinds 1 week covid (sneltest +), geur en smaak kwijt, hoofdpijn, moe. Geen koorts meer. Partner ook ziek, thuis in isolatie.
E: COVID-19, mild.
P: afwachten, rust, paracetamol z.n. Bij benauwdheid bellen.""",
 [("anosmia", A), ("ageusia", A), ("headache", A), ("fatigue", A), ("fever", N), ("dyspnea", H)]),
(150017, "2021-04-19", "Consult", """S: 4 mnd na covid: nog altijd moe, na inspanning crash. Reuk- en smaakstoornissen, koffie smaakt naar rubber. Hoofdpijnklachten en concentratie- en geheugenproblemen. Haar wordt dunner. Geen koorts, geen hoest.
E: long covid.
P: lab, ergotherapie, reuktraining.""",
 [("fatigue", A), ("postexertional_fatigue", A), ("smell_taste_disorder", A), ("headache", A),
  ("poor_concentration", A), ("memory_impairment", A), ("fever", N), ("cough", N)]),
(150017, "2022-01-10", "Controle long covid", """Controle. Vermoeidheid verbeterd, werkt weer 3 dagen. Reuk nog verminderd. Slaapt goed. Soms hartkloppingen, niet benauwd.
E: long covid, herstellend.
P: opbouw, controle z.n.""",
 [("fatigue", A), ("hyposmia", A), ("palpitations", A), ("dyspnea", N)]),
(150018, "2021-06-07", "Controle", """Controle DM2 (POH). HbA1c 51, RR 134/82. Voeten gb, monofilament normaal. Medicatie ongewijzigd. Leefstijl besproken, beweegt dagelijks 30 min. Volgende controle over 3 maanden.""",
 []),
(150018, "2023-02-20", "Medicatiebeoordeling", """Medicatiebeoordeling. Metformine, simvastatine, lisinopril. Geen bijwerkingen gemeld. Nierfunctie stabiel (eGFR 68). Griepvaccinatie gehad. Geen nieuwe klachten.""",
 []),
]


def main():
    notes = sorted(NOTES, key=lambda n: (n[1], n[0]))
    write_part("nl", 50001, [(pid, date, title, text, [(C[k], s) for k, s in ms]) for pid, date, title, text, ms in notes])
    lens = [len(n[3]) for n in notes]
    print(f"{len(notes)} notes, {len(set(n[0] for n in notes))} persons, text {min(lens)}-{max(lens)} chars")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write corpus-sample/parts/it.csv and it_gold.jsonl: 50 synthetic Italian GP notes and their gold.

Every note is invented for symptext (no real patient, person, date or record). note_id 30001-30050 in date
order, person_id 130001-130017. Gold follows tests/tables/README.md (family > negated > hypothetical >
uncertain > historical > affirmed; "risolto/scomparso" = negated) and the conventions of
corpus-sample/build_gold.py (a bare vital sign is not a mention; a relative reporting the patient's symptom
leaves it the patient's; "ricontattare se X" -> hypothetical; a "?" on a cause leaves the symptom affirmed).

    python3 corpus-sample/parts/make_it.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_tools import concept_ids, write_part  # noqa: E402

# Short names this script's notes use, each for a key of lexicons/concepts.tsv.
C = concept_ids({
    "tatt": "tired_all_the_time", "pem": "postexertional_fatigue", "postviral": "postviral_fatigue",
    "wl": "weight_loss", "appetite": "loss_of_appetite", "diffbreath": "difficulty_breathing",
    "doe": "dyspnea_on_exertion", "wheeze": "wheezing", "throat": "sore_throat",
    "hoarse": "hoarse_voice", "nasal": "nasal_congestion", "chestpain": "chest_pain",
    "palp": "palpitations", "tachy": "tachycardia", "brady": "bradycardia",
    "orthohypo": "orthostatic_hypotension", "lighthead": "lightheadedness", "limbswell": "limb_swelling",
    "dizzy": "dizziness", "rls": "restless_legs", "muscleweak": "muscle_weakness",
    "cognition": "impaired_cognition", "mci": "mild_cognitive_disorder", "memory": "memory_impairment",
    "poorconc": "poor_concentration", "redconc": "reduced_concentration",
    "smelltaste": "smell_taste_disorder", "hearing": "hearing_loss", "blurred": "blurred_vision",
    "visual": "visual_disturbance", "abdopain": "abdominal_pain", "epigastric": "epigastric_pain",
    "cramps": "stomach_cramps", "stiffness": "joint_stiffness", "backpain": "back_pain",
    "lbp": "low_back_pain", "neckpain": "neck_pain", "msk": "msk_pain", "fibro": "fibromyalgia",
    "bruising": "easy_bruising", "panic": "panic_attack", "lowmood": "depressed_mood",
    "diffsleep": "difficulty_sleeping", "sleepdis": "sleep_disorder", "sleepabn": "sleep_abnormality",
    "libido": "reduced_libido", "irregular": "irregular_periods",
    "menstrual": "menstrual_cycle_abnormal", "incontinence": "urinary_incontinence"
})
A, N, H, U, P, F = "affirmed", "negated", "hypothetical", "uncertain", "historical", "family"

# (person_id, date, title, text, [(concept key, status), ...])
NOTES = [
(130001, "2020-11-12", "Visita ambulatoriale",
"""Anamnesi: da 4 giorni febbre fino a 38,6, tosse secca e mialgie diffuse. Perdita dell'olfatto e del gusto da ieri.
Tampone antigenico positivo.
E.O.: eupnoica, SpO2 97% in aa, MV presente, non rumori aggiunti.
Conclusioni: COVID-19 paucisintomatico.
Terapia: paracetamolo al bisogno. Ricontattare se dispnea o dolore toracico.""",
[("fever", A), ("cough", A), ("myalgia", A), ("anosmia", A), ("ageusia", A), ("dyspnea", N), ("dyspnea", H), ("chestpain", H)]),
(130001, "2021-01-20", "Controllo telefonico",
"""Contatto telefonico. Apiretica da 3 settimane, tosse risolta.
Riferisce pero' astenia marcata e affaticamento post sforzo: dopo la spesa deve stare a letto il giorno dopo.
Olfatto ancora ridotto, parosmia (sente odore di bruciato).
Nega dispnea a riposo.
P: esami ematici, rivalutazione tra 4 settimane.""",
[("fever", N), ("cough", N), ("asthenia", A), ("pem", A), ("hyposmia", A), ("smelltaste", A), ("dyspnea", N)]),
(130001, "2021-03-02", "Ambulatorio long COVID",
"""Follow-up post COVID (infezione novembre 2020).
Persistono fatigue, nebbia mentale e difficolta di concentrazione al lavoro (insegnante).
Palpitazioni in ortostatismo, FC da 72 a 110 in piedi: sospetta POTS.
Non sincope, non dolore toracico.
Esami: emocromo, TSH, ferritina nella norma.
Piano: test di ortostatismo attivo, graduale ripresa attivita, certificato per riduzione orario.""",
[("fatigue", A), ("cognition", A), ("poorconc", A), ("palp", A), ("pots", U), ("syncope", N), ("chestpain", N)]),
(130001, "2021-06-15", "Ambulatorio long COVID",
"""Controllo. Migliorata la stanchezza, ha ripreso a lavorare a tempo pieno.
Palpitazioni rare. Olfatto quasi normale, parosmia scomparsa.
Residua lieve difficolta di concentrazione nel pomeriggio.
E.O.: PA 115/70, FC 74, eupnoica.
Conclusioni: sindrome post COVID in miglioramento. Controllo al bisogno.""",
[("fatigue", A), ("palp", A), ("smelltaste", N), ("poorconc", A), ("dyspnea", N)]),

(130002, "2020-02-10", "Visita ambulatoriale",
"""Uomo di 61 anni, iperteso, ex fumatore.
Da 10 giorni dolore toracico retrosternale da sforzo (salendo 2 rampe di scale), regredisce con il riposo in pochi minuti.
Nega dispnea a riposo, palpitazioni, sincope.
AF: padre deceduto per IMA a 58 anni.
E.O.: toni validi, pause libere. PA 150/90.
Conclusioni: ?angina da sforzo. Invio urgente in cardiologia, ECG oggi.""",
[("chestpain", A), ("dyspnea", N), ("palp", N), ("syncope", N)]),
(130002, "2020-03-05", "Controllo",
"""Esito coronarografia: stenosi IVA, trattata con PTCA + stent.
Da allora non ha piu avuto dolore toracico.
Riferisce lieve astenia, probabilmente da betabloccante, e bradicardia (FC 52).
Terapia in atto: ASA, clopidogrel, bisoprololo 2,5 mg, atorvastatina 80.
In caso di dolore toracico a riposo chiamare il 118.""",
[("chestpain", N), ("asthenia", A), ("brady", A), ("chestpain", H)]),
(130002, "2022-09-22", "Visita ambulatoriale",
"""Controllo annuale cardiopatia ischemica.
Asintomatico per angor. Non dispnea da sforzo, non edemi declivi.
Riferisce occasionale cardiopalmo serale, breve.
ECG: ritmo sinusale, FC 60, extrasistoli ventricolari isolate.
P: Holter ECG, prosegue terapia.""",
[("doe", N), ("edema", N), ("palp", A), ("arrhythmia", A)]),

(130003, "2020-10-05", "Visita pediatrica",
"""Bambino di 4 anni accompagnato dalla mamma.
La madre riferisce febbre da ieri (max 39,2), inappetenza e tosse.
Non vomito, non diarrea. Fratello a casa con raffreddore.
E.O.: faringe iperemica, otoscopia negativa, torace libero.
Diagnosi: faringite virale.
Indicazioni: antipiretico se febbre > 38,5; ricontrollo se febbre oltre 3 giorni o difficolta a respirare.""",
[("fever", A), ("appetite", A), ("cough", A), ("vomiting", N), ("diarrhea", N), ("fever", H), ("diffbreath", H)]),
(130003, "2021-12-14", "Visita pediatrica",
"""Da 2 giorni otalgia sinistra e febbricola, il bambino piange di notte.
Mamma riferisce naso chiuso da una settimana.
E.O.: MT sinistra iperemica ed estroflessa.
Diagnosi: otite media acuta sx.
Terapia: amoxicillina 80 mg/kg/die per 7 giorni. Ricontrollo se persiste otalgia.""",
[("earache", A), ("fever", A), ("nasal", A), ("earache", H)]),
(130003, "2023-02-08", "Visita pediatrica",
"""Gastroenterite: vomito x4 ieri sera, oggi scariche diarroiche (5), crampi addominali.
Beve poco. Apiretico.
E.O.: mucose umide, addome trattabile, lievemente dolente in sede periombelicale.
Indicazioni: soluzione reidratante. Se vomito persistente o sonnolenza marcata recarsi in PS.""",
[("vomiting", A), ("diarrhea", A), ("cramps", A), ("fever", N), ("vomiting", H), ("hypersomnia", H)]),

(130004, "2021-04-19", "Visita domiciliare",
"""Visita domiciliare su richiesta della figlia. Pz di 86 anni, vive sola.
La figlia riferisce due cadute nell'ultimo mese, la seconda ieri in bagno, senza perdita di coscienza.
Da qualche giorno piu confusa, disorientata nel tempo. Incontinenza urinaria di nuova insorgenza.
E.O.: apiretica, ematoma al gomito dx, non deficit di forza focali.
Conclusioni: stato confusionale, ?IVU.
Stick urine, esami ematici urgenti.""",
[("fall", A), ("syncope", N), ("confusion", A), ("incontinence", A), ("fever", N), ("muscleweak", N)]),
(130004, "2021-04-23", "Visita domiciliare",
"""Urinocoltura positiva per E. coli, in terapia con nitrofurantoina.
Confusione in netto miglioramento, oggi vigile e orientata.
Non ulteriori cadute. Disuria risolta.
Rischio di cadute: attivata fisioterapia domiciliare.""",
[("confusion", A), ("confusion", N), ("fall", N), ("dysuria", N)]),
(130004, "2022-11-30", "Visita domiciliare",
"""Controllo. Lamenta deficit di memoria ingravescente (dimentica i fornelli accesi), riferito anche dalla figlia.
MMSE 22/30. Umore tendenzialmente deflesso, dorme male.
Anamnesi: pregresso delirium durante ricovero 2021.
P: invio CDCD per valutazione decadimento cognitivo.""",
[("memory", A), ("lowmood", A), ("diffsleep", A), ("delirium", P), ("cognition", A)]),

(130005, "2020-06-08", "Visita ambulatoriale",
"""Donna 34 aa. In anamnesi emicrania senza aura dall'adolescenza.
Da 2 mesi aumento della frequenza degli attacchi (8/mese), con nausea e fotofobia, a volte vomito.
Usa ibuprofene quasi ogni giorno.
Madre con emicrania.
E.O. neurologico nella norma.
Conclusioni: emicrania, possibile cefalea da uso eccessivo di farmaci.
Terapia: profilassi con amitriptilina 10 mg, diario della cefalea.""",
[("migraine", P), ("migraine", A), ("nausea", A), ("vomiting", A), ("migraine", F), ("headache", U)]),
(130005, "2020-09-14", "Controllo",
"""Controllo emicrania: attacchi ridotti a 3/mese.
Riferisce sonnolenza al mattino con amitriptilina, non stipsi.
Nessun episodio di vomito.
Prosegue profilassi. Se cefalea improvvisa e violenta o diplopia, recarsi in PS.""",
[("migraine", A), ("hypersomnia", A), ("constipation", N), ("vomiting", N), ("headache", H), ("diplopia", H)]),
(130005, "2023-05-17", "Visita ambulatoriale",
"""Cefalea diversa dal solito da 5 giorni, gravativa, nucale, con cervicalgia e rigidita al risveglio dopo trasloco.
Nega febbre, vomito, disturbi visivi.
E.O.: contrattura trapezi, no segni meningei.
Conclusioni: cefalea tensiva. FANS per 5 giorni, fisioterapia.""",
[("headache", A), ("neckpain", A), ("stiffness", A), ("fever", N), ("vomiting", N), ("visual", N)]),

(130006, "2020-01-27", "Visita ambulatoriale",
"""Lombalgia acuta insorta sollevando un mobile 3 giorni fa.
Non irradiazione agli arti inferiori, non parestesie, nega incontinenza.
E.O.: contrattura paravertebrale lombare, Lasegue negativo bilateralmente.
Terapia: ibuprofene 600 x 2 per 5 gg, mantenere attivita. Se compare debolezza alle gambe o perdita di urina recarsi in PS.""",
[("lbp", A), ("paresthesia", N), ("incontinence", N), ("muscleweak", H), ("incontinence", H)]),
(130006, "2021-10-11", "Visita ambulatoriale",
"""Recidiva di lombalgia da 2 settimane, ora lombosciatalgia sinistra con parestesie al piede sx.
Pregressa lombalgia 2020, risolta.
E.O.: Lasegue positivo a sx a 40 gradi, ROT presenti e simmetrici, forza conservata.
P: RMN lombosacrale, pregabalin 75 mg la sera.""",
[("lbp", A), ("neuralgia", A), ("paresthesia", A), ("lbp", N)]),
(130006, "2021-11-29", "Controllo telefonico",
"""Telefonata: RMN con ernia L5-S1. Sciatalgia migliorata del 50% con pregabalin, che pero' gli da capogiri e sonnolenza.
Non deficit motori.
Riduzione pregabalin, visita fisiatrica.""",
[("neuralgia", A), ("dizzy", A), ("hypersomnia", A), ("muscleweak", N)]),

(130007, "2020-05-04", "Video consulto",
"""Video consulto. Studentessa 22 aa, durante il lockdown ansia crescente, attacchi di panico (3 a settimana) con tachicardia, formicolio alle mani e paura di morire.
Insonnia iniziale. Nega pensieri di autolesionismo.
Madre con disturbo d'ansia generalizzato.
P: invio psicologo, tecniche di respirazione.""",
[("anxiety", A), ("panic", A), ("tachy", A), ("paresthesia", A), ("fear", A), ("insomnia", A), ("anxiety", F)]),
(130007, "2020-07-20", "Controllo",
"""Controllo ansia. In psicoterapia, attacchi di panico ridotti (1 nell'ultimo mese).
Dorme meglio. Umore buono, non deflesso.
Ha ripreso a frequentare le lezioni in presenza.
Prosegue percorso, controllo tra 2 mesi.""",
[("anxiety", A), ("panic", A), ("lowmood", N)]),
(130007, "2022-03-09", "Visita ambulatoriale",
"""Dolore toracico puntorio sinistro da 2 giorni, aumenta con gli atti respiratori e alla pressione.
Riferisce periodo di forte stress per esami. Nega dispnea, febbre, tosse.
E.O.: dolore evocato alla digitopressione condrocostale sx.
ECG nella norma.
Conclusioni: dolore toracico muscoloscheletrico, ansia.""",
[("chestpain", A), ("msk", A), ("dyspnea", N), ("fever", N), ("cough", N), ("anxiety", A)]),

(130008, "2020-12-03", "Visita domiciliare",
"""Pz 58 aa, COVID da 8 giorni. Febbre persistente 38,5, tosse, dispnea per sforzi lievi.
SpO2 93% in aa, FR 24.
Moglie anch'essa positiva, con febbre e cefalea.
Invio in PS per valutazione.""",
[("fever", A), ("cough", A), ("doe", A), ("fever", F), ("headache", F)]),
(130008, "2021-02-15", "Visita ambulatoriale",
"""Controllo dopo ricovero per polmonite COVID (dic 2020).
Riferisce dispnea da sforzo (una rampa di scale), astenia, perdita di peso di 7 kg durante il ricovero.
Tosse secca residua. Apiretico.
Riferisce anche incubi legati al ricovero in sub-intensiva.
E.O.: crepitii fini alle basi, SpO2 95%.
P: TC torace, spirometria con DLCO, riabilitazione respiratoria.""",
[("doe", A), ("asthenia", A), ("wl", A), ("cough", A), ("fever", N), ("sleepabn", A)]),
(130008, "2021-05-10", "Ambulatorio long COVID",
"""TC: esiti fibrotici lievi. DLCO 68%.
Dispnea da sforzo migliorata con la riabilitazione. Persistono stanchezza e difficolta ad addormentarsi.
Flashback e incubi del ricovero: sospetto disturbo post traumatico da stress.
P: invio psichiatria. Ricontattare se peggioramento della dispnea.""",
[("doe", A), ("fatigue", A), ("diffsleep", A), ("sleepabn", A), ("ptsd", U), ("dyspnea", H)]),
(130008, "2022-01-24", "Ambulatorio long COVID",
"""Follow up a 1 anno. Non piu dispnea per le attivita quotidiane, affanno solo per sforzi intensi.
Stanchezza migliorata. In terapia con sertralina per PTSD, incubi scomparsi.
Ripreso il lavoro.
Conclusioni: netto miglioramento, dimesso dall'ambulatorio.""",
[("dyspnea", N), ("doe", A), ("fatigue", A), ("ptsd", A), ("sleepabn", N)]),

(130009, "2020-08-26", "Visita ambulatoriale",
"""Donna 41 aa. Da 6 mesi mestruazioni abbondanti e dolorose, cicli irregolari (21-40 gg).
Astenia, Hb 10,2.
Nega perdite intermestruali.
Sorella con endometriosi.
P: ecografia pelvica transvaginale, ferro per os. ?fibromi uterini.""",
[("menorrhagia", A), ("dysmenorrhea", A), ("irregular", A), ("asthenia", A)]),
(130009, "2021-11-03", "Visita ambulatoriale",
"""Controllo dopo isteroscopia (polipo rimosso). Flusso ora normale, dismenorrea lieve.
Riferisce vampate, sudorazione notturna e risvegli notturni, calo della libido.
Nega umore depresso.
Conclusioni: verosimile perimenopausa.""",
[("dysmenorrhea", A), ("sleepabn", A), ("libido", A), ("lowmood", N)]),
(130009, "2023-07-12", "Controllo telefonico",
"""Contatto telefonico. Amenorrea da 8 mesi. Vampate ridotte.
Riferisce dolori articolari alle mani al risveglio, senza gonfiore.
P: esami reumatologici (FR, anti-CCP, VES, PCR), rx mani.""",
[("menstrual", A), ("arthralgia", A)]),

(130010, "2021-02-01", "Visita domiciliare",
"""Pz 79 aa. Da stamattina vertigine rotatoria ai cambi di posizione, con nausea, non vomito.
Nega cefalea, diplopia, disturbi della parola.
E.O.: Dix-Hallpike positivo a dx, nistagmo parossistico.
Conclusioni: VPPB canale posteriore dx. Manovra di Epley eseguita.
Se compaiono cefalea intensa o deficit di forza chiamare il 118.""",
[("vertigo", A), ("nausea", A), ("vomiting", N), ("headache", N), ("diplopia", N), ("headache", H), ("muscleweak", H)]),
(130010, "2021-09-20", "Visita ambulatoriale",
"""Episodi di capogiro e testa vuota alzandosi dal letto, una caduta senza conseguenze.
PA supina 140/80, in piedi dopo 3 min 110/65: ipotensione ortostatica.
In terapia con doxazosina e furosemide.
P: sospesa doxazosina, alzarsi lentamente.""",
[("dizzy", A), ("lighthead", A), ("fall", A), ("orthohypo", A)]),
(130010, "2022-04-06", "Visita ambulatoriale",
"""Controllo: non piu capogiri dopo sospensione doxazosina. Nessuna caduta.
Lamenta ipoacusia bilaterale e acufeni a sx da mesi.
Otoscopia: tappo di cerume a sx.
P: lavaggio auricolare, poi audiometria se persiste calo dell'udito.""",
[("dizzy", N), ("fall", N), ("hearing", A), ("tinnitus", A), ("hearing", H)]),

(130011, "2020-03-16", "Visita ambulatoriale",
"""Uomo 47 aa. Epigastralgia e bruciore retrosternale dopo i pasti da 1 mese, gonfiore addominale.
Nega disfagia, calo ponderale, vomito, melena.
Fumatore, alcol 2 bicchieri/die.
Conclusioni: sindrome dispeptica, ?MRGE.
Terapia: IPP per 8 settimane. Se disfagia o calo ponderale gastroscopia urgente.""",
[("epigastric", A), ("bloating", A), ("dysphagia", N), ("wl", N), ("vomiting", N), ("dysphagia", H), ("wl", H)]),
(130011, "2020-06-22", "Controllo",
"""Controllo dopo IPP: epigastralgia risolta, persiste meteorismo.
Alvo alterno con stipsi e diarrea.
H. pylori: test del respiro negativo.
P: dieta a basso contenuto di FODMAP.""",
[("epigastric", N), ("bloating", A), ("constipation", A), ("diarrhea", A)]),
(130011, "2022-08-03", "Visita ambulatoriale",
"""Da 3 giorni diarrea acquosa (6 scariche/die) e crampi addominali dopo pranzo al ristorante; anche la moglie ha diarrea.
Febbricola 37,8. Non sangue nelle feci.
Indicazioni: idratazione, fermenti. Se febbre alta o sangue nelle feci ricontattare.""",
[("diarrhea", A), ("cramps", A), ("diarrhea", F), ("fever", A), ("fever", H)]),

(130012, "2021-07-07", "Controllo telefonico",
"""Telefonata. Donna 29 aa, bruciore minzionale e pollachiuria da 2 giorni.
Non febbre, non dolore lombare. Non gravidanza in corso.
Terapia: fosfomicina 3 g dose unica. Se febbre o dolore al fianco, rivalutazione.""",
[("dysuria", A), ("fever", N), ("lbp", N), ("fever", H)]),
(130012, "2022-12-19", "Visita ambulatoriale",
"""Nuovo episodio di disuria, il terzo quest'anno.
Urinocoltura positiva. Apiretica.
Lamenta anche perdite di urina da sforzo (tosse, corsa) dopo il parto.
P: profilassi, invio a riabilitazione del pavimento pelvico.""",
[("dysuria", A), ("fever", N), ("incontinence", A)]),

(130013, "2020-10-21", "Visita ambulatoriale",
"""Uomo 52 aa, separato da 6 mesi. Umore deflesso, anedonia, insonnia terminale con risvegli alle 4.
Inappetenza, calo ponderale 3 kg. Difficolta di concentrazione al lavoro.
Nega ideazione suicidaria.
PHQ-9: 17.
Conclusioni: episodio depressivo moderato.
Terapia: sertralina 50 mg, colloquio di controllo a 2 settimane.""",
[("lowmood", A), ("insomnia", A), ("appetite", A), ("wl", A), ("poorconc", A), ("depression", A)]),
(130013, "2020-11-04", "Controllo",
"""Controllo dopo 2 settimane di sertralina. Lieve nausea nei primi giorni, ora scomparsa.
Umore ancora basso, dorme un po' meglio.
Non effetti collaterali sessuali riferiti.
Prosegue terapia.""",
[("nausea", N), ("lowmood", A)]),
(130013, "2021-05-26", "Controllo",
"""Buon compenso: umore eutimico, sonno regolare.
Lamenta solo calo del desiderio sessuale, probabilmente da SSRI.
P: riduzione graduale sertralina nei prossimi mesi. Se ricompare umore depresso ricontattare.""",
[("lowmood", N), ("libido", A), ("lowmood", H)]),

(130014, "2020-04-14", "Video consulto",
"""Video: eruzione pruriginosa a chiazze su tronco e braccia da ieri, pomfi che cambiano posizione.
Ha iniziato amoxicillina 3 giorni fa per faringite.
Nega difficolta a respirare, gonfiore delle labbra, difficolta a deglutire.
Conclusioni: orticaria acuta, probabile reazione ad amoxicillina.
Terapia: sospendere amoxicillina, cetirizina. In caso di dispnea chiamare il 118.""",
[("rash", A), ("itching", A), ("urticaria", A), ("diffbreath", N), ("dysphagia", N), ("dyspnea", H)]),
(130014, "2021-01-11", "Visita ambulatoriale",
"""Lesioni violacee pruriginose alle dita dei piedi da 2 settimane, peggiorano con il freddo.
Lavoro in magazzino non riscaldato. Non febbre, non dolori articolari.
Conclusioni: geloni. Indicazioni: tenere i piedi al caldo.""",
[("itching", A), ("chilblains", A), ("fever", N), ("arthralgia", N)]),

(130015, "2021-03-29", "Ambulatorio long COVID",
"""Uomo 39 aa, COVID a ottobre 2020.
Anosmia persistente da 5 mesi, i cibi hanno un sapore strano, la carne sa di marcio (parosmia).
Nessun altro sintomo: non stanchezza, non dispnea.
P: training olfattivo, rivalutazione a 3 mesi.""",
[("anosmia", A), ("dysgeusia", A), ("smelltaste", A), ("fatigue", N), ("dyspnea", N)]),
(130015, "2021-07-05", "Ambulatorio long COVID",
"""Training olfattivo in corso. Olfatto ridotto ma in ripresa, riconosce caffe e limone.
Parosmia ancora presente. Disgeusia migliorata.
Umore un po' giu per la situazione, dorme bene.
P: prosegue training, controllo a settembre.""",
[("hyposmia", A), ("smelltaste", A), ("dysgeusia", A), ("lowmood", A)]),
(130015, "2023-01-16", "Visita ambulatoriale",
"""Mal di gola, raucedine e naso chiuso da 3 giorni, febbricola serale.
Olfatto normale da mesi.
Tampone COVID negativo.
E.O.: faringe iperemica, non essudato, linfonodi non aumentati.
Conclusioni: IVAS. Terapia sintomatica.""",
[("throat", A), ("hoarse", A), ("nasal", A), ("fever", A)]),

(130016, "2022-02-28", "Rinnovo prescrizioni",
"""Rinnovo terapia cronica: ramipril 5 mg, metformina 1000 x 2.
HbA1c 6,8%, creatinina 0,9. PA 130/80.
Paziente asintomatico, nulla da segnalare.
Prossimo controllo tra 6 mesi.""",
[]),
(130016, "2022-09-05", "Visita ambulatoriale",
"""Certificato per attivita sportiva non agonistica.
ECG a riposo: ritmo sinusale, FC 64, nella norma.
Anamnesi negativa per sincope e dolore toracico.
Idoneo. Consigliato controllo tra un anno.""",
[("syncope", N), ("chestpain", N)]),

(130017, "2020-01-08", "Visita ambulatoriale",
"""Uomo 27 aa, asmatico dall'infanzia.
Da 1 settimana tosse notturna, sibili e costrizione toracica, usa salbutamolo 4-5 volte al giorno.
Non febbre. Gatto nuovo in casa.
E.O.: sibili espiratori diffusi, SpO2 96%.
P: ICS/LABA, evitare esposizione. Se dispnea a riposo recarsi in PS.""",
[("cough", A), ("wheeze", A), ("chestpain", A), ("fever", N), ("dyspnea", H)]),
(130017, "2020-02-12", "Controllo",
"""Controllo asma: tosse notturna scomparsa, non piu sibili.
Usa salbutamolo raramente.
E.O.: MV presente su tutto l'ambito, non rumori aggiunti.
Prosegue ICS/LABA, rivalutazione tra 3 mesi.""",
[("cough", N), ("wheeze", N)]),
(130017, "2023-10-30", "Visita ambulatoriale",
"""Trauma distorsivo caviglia dx giocando a calcetto ieri, e' caduto male.
Caviglia gonfia, dolore alla deambulazione.
Non dolore al 5 metatarso.
Conclusioni: distorsione di 1 grado. RICE, FANS topici.""",
[("fall", A), ("limbswell", A)]),
]


def main():
    notes = sorted(NOTES, key=lambda n: (n[1], n[0]))
    write_part("it", 30001, [(pid, date, title, text, [(C[k], s) for k, s in ms]) for pid, date, title, text, ms in notes])
    print("wrote %d notes" % len(notes))


if __name__ == "__main__":
    main()

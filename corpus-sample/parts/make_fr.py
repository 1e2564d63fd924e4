#!/usr/bin/env python3
"""Write corpus-sample/parts/fr.csv (50 synthetic French GP notes) and fr_gold.jsonl (their gold).

Every note is invented for symptext: no real patient, person, date or record is behind any of them.
French and Belgian GP usage (ATCD, SF, RAS, AEG, CAT, OMI, "tour de reins", "bon papa", 112/15).
Gold follows tests/tables/README.md: every distinct (concept, status) a careful annotator finds;
family > negated > hypothetical > uncertain (incl. rule out) > historical > affirmed; resolved = negated.
Standard library only; deterministic.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_tools import concept_ids, write_part  # noqa: E402

C = concept_ids()
A, N, U, H, Hi, F = "affirmed", "negated", "uncertain", "hypothetical", "historical", "family"

# (person_id, date, title, text, [(concept key, status), ...])
NOTES = [
(110001, "2020-11-05", "Consultation",
"""Motif : covid confirmé (PCR+ le 02/11).
SF : fièvre à 38,8 depuis 3 j, toux sèche, courbatures, perte du goût et de l'odorat.
Pas de dyspnée, pas de douleur thoracique.
Examen : T° 38,4, SpO2 97 %, FR 16. Auscultation pulmonaire RAS.
CAT : paracétamol, isolement 7 j. A reconsulter si dyspnée ou douleur thoracique.""",
[("fever",A),("cough",A),("myalgia",A),("ageusia",A),("anosmia",A),("dyspnea",N),("chest_pain",N),("dyspnea",H),("chest_pain",H)]),
(110001, "2021-01-14", "Consultation de suivi post-covid",
"""Suivi post-covid, 10 semaines après l'infection.
Fatigue persistante, malaise post-effort après chaque sortie, essoufflement au moindre effort.
Anosmie partiellement résolue, parosmie gênante (le café sent le brûlé).
Brouillard cérébral, oublis fréquents au travail.
Examen : FC 92, SpO2 98 %, auscultation normale.
Conclusion : syndrome post-covid probable.
CAT : reprise progressive de l'activité, bilan biologique, revoir dans 1 mois.""",
[("fatigue",A),("postexertional_fatigue",A),("dyspnea_on_exertion",A),("anosmia",A),("smell_taste_disorder",A),("impaired_cognition",A),("memory_impairment",A)]),
(110001, "2021-03-02", "Téléconsultation",
"""Téléconsultation. Fatigue un peu mieux, toujours des crashs après l'effort.
Palpitations au lever, sensation de tête légère en position debout. Pas de syncope.
Odorat : parosmie persiste.
Concentration difficile, cherche ses mots.
Plan : test d'orthostatisme au cabinet pour éliminer un POTS. Kiné de réentraînement.""",
[("fatigue",A),("postexertional_fatigue",A),("palpitations",A),("lightheadedness",A),("syncope",N),("smell_taste_disorder",A),("poor_concentration",A),("impaired_cognition",A),("pots",U)]),
(110001, "2021-05-20", "Consultation de suivi post-covid",
"""Test d'orthostatisme : FC +35/min au lever, sans hypotension orthostatique.
Conclusion : POTS post-covid.
Par ailleurs anosmie disparue, persistent des troubles de la concentration.
Fatigue moindre, a repris le travail à mi-temps.
CAT : bas de contention, hydratation, ivabradine discutée. Revoir dans 2 mois.""",
[("orthostatic_hypotension",N),("pots",A),("anosmia",N),("poor_concentration",A),("fatigue",A)]),

(110002, "2020-02-10", "Visite à domicile",
"""VAD à la demande de sa fille.
Chute de sa hauteur hier soir en allant aux toilettes, pas de perte de connaissance, relevé par sa fille.
Pas de douleur de hanche, marche possible.
ATCD : HTA, FA anticoagulée, hypotension orthostatique connue.
Examen : TA couché 135/80, debout 110/70. Pas de plaie.
CAT : bilan de chute, kiné, revoir traitement antihypertenseur.""",
[("fall",A),("syncope",N),("arthralgia",N),("orthostatic_hypotension",Hi)]),
(110002, "2020-09-15", "Visite à domicile",
"""Revu à domicile. Nouvelle chute il y a 5 jours, sans traumatisme.
Se plaint d'étourdissements en se levant, fatigué.
Mange moins depuis le décès de son épouse, humeur triste.
Pas de fièvre, pas de toux.
Examen : hypotension orthostatique confirmée (TA 140/85 -> 112/68 à 3 min).
Conclusion : chutes sur hypotension orthostatique, syndrome dépressif probable.
CAT : réduire l'amlodipine, bas de contention. Si nouvelle chute, téléalarme.""",
[("fall",A),("dizziness",A),("fatigue",A),("loss_of_appetite",A),("depressed_mood",A),("fever",N),("cough",N),("orthostatic_hypotension",A),("depression",U),("fall",H)]),
(110002, "2021-02-03", "Consultation",
"""Patient de 82 ans, accompagné de sa fille.
Troubles de la mémoire signalés par la famille : oublie ses rendez-vous, se perd en voiture.
Pas de confusion aiguë. Humeur meilleure.
MMS 23/30.
Conclusion : trouble neurocognitif mineur ? maladie d'Alzheimer débutante à éliminer.
CAT : bilan mémoire, IRM cérébrale, consultation mémoire.""",
[("memory_impairment",A),("confusion",N),("mild_cognitive_disorder",A)]),

(110003, "2020-03-12", "Consultation",
"""Motif : céphalées.
Céphalées pulsatiles hémicrâniennes avec nausées et photophobie, 2 crises par mois depuis 1 an.
Pas de fièvre, pas de déficit moteur, pas de troubles visuels.
ATCD familiaux : mère migraineuse.
Examen neuro normal.
Conclusion : migraine sans aura.
TTT : triptan en crise, agenda des crises. Reconsulter si céphalée brutale ou inhabituelle.""",
[("headache",A),("nausea",A),("fever",N),("muscle_weakness",N),("visual_disturbance",N),("migraine",F),("migraine",A),("headache",H)]),
(110003, "2021-06-08", "Consultation",
"""Anxiété importante depuis le confinement, crises d'angoisse avec palpitations et sensation d'étouffement.
Dort mal, difficultés d'endormissement.
Pas d'idées noires. Migraines moins fréquentes.
Conclusion : trouble anxieux généralisé, attaques de panique.
CAT : TCC, sertraline 50 mg, revoir dans 4 semaines.""",
[("anxiety",A),("panic_attack",A),("palpitations",A),("difficulty_breathing",A),("difficulty_sleeping",A),("depressed_mood",N),("migraine",A)]),
(110003, "2021-07-06", "Téléconsultation",
"""Téléconsultation de suivi. Moins anxieuse, plus de crises de panique depuis 2 semaines.
Effets secondaires : nausées les premiers jours, disparues. Pas de baisse de libido.
Sommeil meilleur.
Poursuite sertraline. A recontacter si idées noires.""",
[("anxiety",A),("panic_attack",N),("nausea",N),("reduced_libido",N),("depressed_mood",H)]),

(110004, "2020-06-22", "Consultation",
"""Douleur thoracique constrictive à l'effort depuis 3 semaines, cède au repos en 5 min.
Pas de douleur de repos. Dyspnée d'effort stade II.
ATCD : tabagisme 30 PA, dyslipidémie. Père décédé d'un infarctus à 60 ans.
ECG : RAS.
Conclusion : angor d'effort probable.
CAT : épreuve d'effort en urgence, aspirine, trinitrine. Appeler le 15 si douleur > 20 min.""",
[("chest_pain",A),("dyspnea_on_exertion",A)]),
(110004, "2020-07-10", "Consultation",
"""Résultat épreuve d'effort : positive. Coronarographie prévue.
Pas de récidive de douleur thoracique sous traitement. Pas d'essoufflement.
Quelques palpitations le soir, pas de malaise.
Anxieux avant la coro.
CAT : poursuite bêtabloquant, reconsulter en cas de douleur thoracique prolongée.""",
[("chest_pain",N),("dyspnea",N),("palpitations",A),("malaise",N),("anxiety",A),("chest_pain",H)]),
(110004, "2022-01-18", "Consultation",
"""Suivi cardio : stent IVA en 2020, asymptomatique depuis.
Pas d'angor, pas de dyspnée, pas d'OMI.
Bradycarde à 52/min sous bisoprolol, bien toléré, pas de lipothymie.
Examen : TA 128/78, auscultation normale.
CAT : renouvellement, bilan lipidique.""",
[("dyspnea",N),("edema",N),("bradycardia",A),("lightheadedness",N)]),

(110005, "2020-01-20", "Consultation pédiatrique",
"""Enfant de 4 ans vu avec sa maman.
Fièvre à 39,5 depuis 48 h, toux grasse, nez bouché, otalgie droite la nuit.
Mange moins, boit bien. Pas de vomissements, pas de diarrhée.
Examen : tympan droit bombé, gorge rouge.
Diagnostic : otite moyenne aiguë droite.
CAT : amoxicilline, paracétamol si fièvre. Reconsulter si fièvre > 48 h sous antibiotique.""",
[("fever",A),("cough",A),("sputum",A),("nasal_congestion",A),("earache",A),("loss_of_appetite",A),("vomiting",N),("diarrhea",N),("fever",H)]),
(110005, "2021-11-29", "Consultation pédiatrique",
"""Vu avec son papa. Toux sèche nocturne depuis 3 semaines, sifflements à l'effort (foot).
Pas de fièvre. Frère asthmatique.
Examen : sibilants expiratoires discrets.
Conclusion : asthme d'effort ?
CAT : Ventolin avant le sport, EFR. Revoir si dyspnée.""",
[("cough",A),("wheezing",A),("fever",N),("dyspnea",H)]),
(110005, "2023-02-14", "Consultation pédiatrique",
"""Maman rapporte une éruption depuis hier sur le tronc, non prurigineuse, après 3 jours de fièvre.
Apyrétique ce jour. Bon état général, joue normalement.
Examen : exanthème maculopapuleux du tronc.
Conclusion : roséole probable.
CAT : surveillance. Consulter en cas de fièvre ou de convulsions.""",
[("rash",A),("itching",N),("fever",A),("fever",N),("malaise",N),("fever",H),("seizure",H)]),

(110006, "2020-04-03", "Téléconsultation",
"""Teleconsultation (confinement).
Diarrhees liquides depuis 2 jours, crampes abdominales, nausees sans vomissement.
Pas de fievre, pas de sang dans les selles.
Conjoint presente les memes symptomes depuis hier.
Conclusion : gastro-enterite virale probable.
CAT : rehydratation, regime, reconsulter si signes de deshydratation ou fievre.""",
[("diarrhea",A),("stomach_cramps",A),("nausea",A),("vomiting",N),("fever",N),("fever",H)]),
(110006, "2022-10-11", "Consultation",
"""Ballonnements et douleurs abdominales après les repas depuis 6 mois, alternance diarrhée/constipation.
Pas de perte de poids, pas de rectorragie. Appétit conservé.
ATCD familiaux : pas de cancer colorectal.
Examen : abdomen souple, sensible en FIG.
Conclusion : troubles fonctionnels intestinaux probables. Maladie cœliaque à éliminer.
CAT : sérologie cœliaque, antispasmodique.""",
[("bloating",A),("abdominal_pain",A),("diarrhea",A),("constipation",A),("weight_loss",N),("loss_of_appetite",N)]),
(110006, "2023-09-19", "Téléconsultation",
"""Teleconsultation. Gastro dans la famille : les enfants ont vomi cette nuit.
Elle-meme nauseeuse depuis ce matin, pas de vomissement, pas de diarrhee pour l'instant.
Conseils : hydratation, hygiene des mains. Reconsulter si vomissements incoercibles ou fievre.""",
[("vomiting",F),("nausea",A),("vomiting",N),("diarrhea",N),("vomiting",H),("fever",H)]),

(110007, "2020-08-17", "Consultation",
"""Motif : tour de reins en soulevant un bac de bières samedi.
Lombalgie aiguë sans irradiation, pas de sciatique. Pas de troubles sphinctériens.
Examen : contracture paravertébrale, Lasègue négatif.
Diagnostic : lumbago.
TTT : AINS 5 j, myorelaxant. Certificat d'incapacité de travail 3 jours (mutuelle).
Reconsulter si douleur irradiant dans la jambe ou faiblesse des jambes.""",
[("low_back_pain",A),("neuralgia",N),("muscle_weakness",H)]),
(110007, "2021-03-25", "Consultation",
"""Récidive de lombalgie depuis 1 semaine, maintenant avec lombosciatique gauche L5.
Fourmillements du pied gauche. Pas de déficit moteur, pas d'incontinence.
Lasègue positif à 40°.
Conclusion : lombosciatique L5 gauche non déficitaire.
CAT : AINS, kiné. Consulter en urgence si déficit moteur ou troubles urinaires.""",
[("low_back_pain",A),("neuralgia",A),("paresthesia",A),("muscle_weakness",N),("urinary_incontinence",N),("muscle_weakness",H)]),
(110007, "2023-05-09", "Consultation",
"""Cervicalgies depuis 10 jours avec torticolis au réveil, pas de névralgie cervicobrachiale.
Par ailleurs tour de reins l'an dernier, guéri.
Pas de céphalées, pas de vertiges.
TTT : kiné, chaleur locale. Certificat pour la mutuelle.""",
[("neck_pain",A),("neuralgia",N),("low_back_pain",N),("headache",N),("vertigo",N)]),

(110008, "2022-02-07", "Consultation",
"""Covid en décembre 2021 (forme modérée, pas d'hospitalisation).
Depuis : asthénie, dyspnée à l'effort, douleurs thoraciques atypiques, palpitations.
Toux résiduelle. Anosmie initiale, actuellement hyposmie.
Pas de fièvre. Pas de perte de poids.
Examen : SpO2 96 %, auscultation normale, ECG sinusal.
CAT : RX thorax, D-dimères, bilan bio. Revoir avec résultats.""",
[("asthenia",A),("dyspnea_on_exertion",A),("chest_pain",A),("palpitations",A),("cough",A),("anosmia",Hi),("hyposmia",A),("fever",N),("weight_loss",N)]),
(110008, "2022-04-04", "Consultation suivi covid long",
"""Covid long. RX thorax normale, D-dimères négatifs, bilan bio sans particularité.
Fatigue toujours invalidante, crashs post-effort, difficultés à se concentrer.
Dyspnée d'effort améliorée par la kiné respiratoire.
Plus de douleurs thoraciques. Palpitations rares.
Sommeil non réparateur.
CAT : réadaptation à l'effort fractionnée, arrêt de travail prolongé.""",
[("fatigue",A),("postexertional_fatigue",A),("poor_concentration",A),("dyspnea_on_exertion",A),("chest_pain",N),("palpitations",A),("sleep_abnormality",A)]),
(110008, "2023-01-16", "Consultation suivi covid long",
"""Suivi covid long, 13 mois. Nette amélioration.
Asthénie résolue, a repris à temps plein. Reste une dyspnée aux efforts importants.
Parosmie persistante avec certains aliments.
Pas de troubles cognitifs ressentis.
CAT : poursuite activité physique progressive.""",
[("asthenia",N),("dyspnea_on_exertion",A),("smell_taste_disorder",A),("impaired_cognition",N)]),

(110009, "2020-12-01", "Visite à domicile",
"""BPCO stade 3. Majoration de la dyspnée depuis 4 jours, expectorations purulentes, fébricule à 38.
Pas de douleur thoracique. Pas d'OMI.
Examen : sibilants diffus, SpO2 91 % AA.
Conclusion : exacerbation de BPCO.
CAT : antibiotique, corticoïdes 5 j, aérosols. Hospitalisation si aggravation de la dyspnée ou confusion.""",
[("dyspnea",A),("sputum",A),("fever",A),("chest_pain",N),("edema",N),("wheezing",A),("dyspnea",H),("confusion",H)]),
(110009, "2021-10-05", "Consultation",
"""Suivi BPCO. Toux chronique matinale avec crachats blancs, stable.
Dyspnée d'effort au 1er étage, inchangée. Pas d'hémoptysie. Pas d'amaigrissement.
Ancien fumeur (sevré 2019).
Vaccin grippe fait.
CAT : poursuite traitement inhalé, réhabilitation respiratoire.""",
[("cough",A),("sputum",A),("dyspnea_on_exertion",A),("hemoptysis",N),("weight_loss",N)]),
(110009, "2023-03-21", "Consultation",
"""Vient pour oedemes des chevilles depuis 2 semaines et prise de poids de 3 kg.
Orthopnee (2 oreillers), dyspnee majoree.
Pas de douleur thoracique.
Examen : oedemes prenant le godet, crepitants aux bases.
Diagnostic : insuffisance cardiaque probable.
CAT : BNP, echo coeur, furosemide. Reconsulter si dyspnee de repos.""",
[("edema",A),("dyspnea",A),("chest_pain",N),("dyspnea",H)]),

(110010, "2020-05-19", "Consultation",
"""Règles irrégulières depuis 1 an, bouffées de chaleur, sueurs nocturnes.
Sommeil perturbé, irritable. Baisse de la libido.
Pas de métrorragies.
Conclusion : périménopause.
CAT : information, réévaluation dans 6 mois.""",
[("irregular_periods",A),("sleep_abnormality",A),("reduced_libido",A),("menstrual_cycle_abnormal",N)]),
(110010, "2021-09-07", "Consultation",
"""Brûlures mictionnelles et pollakiurie depuis 2 jours. Pas de fièvre, pas de douleur lombaire.
BU : leucocytes +, nitrites +.
Diagnostic : cystite aiguë simple.
TTT : fosfomycine dose unique. Reconsulter si fièvre ou douleurs lombaires.""",
[("dysuria",A),("fever",N),("low_back_pain",N),("fever",H),("low_back_pain",H)]),
(110010, "2023-06-27", "Consultation",
"""Fuites urinaires à l'effort (en courant, en riant) depuis son dernier accouchement, gênantes au quotidien.
Pas de brûlures mictionnelles.
CAT : rééducation périnéale, revoir après 10 séances.""",
[("urinary_incontinence",A),("dysuria",N)]),

(110011, "2020-10-26", "Consultation",
"""Motif : mal de gorge depuis 3 jours, fièvre à 38,5, déglutition douloureuse.
Pas de toux, pas de rhinorrhée.
Examen : amygdales hypertrophiées avec exsudat, adénopathies cervicales. Centor 4.
Diagnostic : angine bactérienne probable.
TTT : amoxicilline 6 j. Certificat pour l'employeur. Reconsulter si difficulté à avaler ou à respirer.""",
[("sore_throat",A),("fever",A),("cough",N),("dysphagia",H),("difficulty_breathing",H)]),
(110011, "2022-03-08", "Consultation",
"""Covid positif (autotest) il y a 5 jours. Fièvre les 2 premiers jours, disparue.
Actuellement nez bouché, toux sèche, perte d'odorat. Pas de dyspnée.
Sa compagne est également positive, avec fièvre et courbatures.
CAT : symptomatique, isolement selon les règles en vigueur.""",
[("fever",N),("nasal_congestion",A),("cough",A),("anosmia",A),("dyspnea",N),("fever",F),("myalgia",F)]),
(110011, "2023-08-29", "Consultation",
"""Piqûres d'insectes multiples au camping, apparition de plaques d'urticaire prurigineuses.
Pas de gonflement des lèvres, pas de gêne respiratoire, pas de malaise.
TTT : antihistaminique 5 jours. Si gonflement du visage ou difficultés respiratoires : 112.""",
[("urticaria",A),("itching",A),("dyspnea",N),("malaise",N),("difficulty_breathing",H)]),

(110012, "2021-04-13", "Consultation",
"""Vision floue de l'œil droit depuis 2 jours et céphalées temporales.
Claudication de la mâchoire ? Pas de diplopie. Pas de fièvre.
Asthénie et perte d'appétit depuis 1 mois, douleurs des épaules le matin.
Conclusion : maladie de Horton à éliminer en urgence.
CAT : VS/CRP en urgence, avis ophtalmo le jour même.""",
[("blurred_vision",A),("headache",A),("diplopia",N),("fever",N),("asthenia",A),("loss_of_appetite",A),("arthralgia",A)]),
(110012, "2021-05-04", "Consultation",
"""Horton confirmé (biopsie), sous corticoïdes 50 mg/j.
Plus de céphalées, vision normale. Pas de troubles visuels.
Dort mal sous cortisone, un peu irritable.
CAT : décroissance progressive, calcium/vitamine D.""",
[("headache",N),("visual_disturbance",N),("difficulty_sleeping",A)]),
(110012, "2023-04-18", "Consultation",
"""Bilan annuel. Se plaint de douleurs des genoux à la marche et raideur matinale < 15 min.
Pas d'épanchement. Pas de fièvre. Poids stable.
Conclusion : gonarthrose bilatérale.
CAT : antalgiques, kiné, activité physique adaptée.""",
[("arthralgia",A),("joint_stiffness",A),("fever",N)]),

(110013, "2022-05-31", "Consultation",
"""Insomnie d'endormissement depuis 2 mois, reveils precoces, fatigue la journee.
Stress professionnel important, se sent angoisse, pas d'idees suicidaires.
Moral bas mais pas d'anhedonie.
Conso alcool : 2 verres/j.
CAT : hygiene du sommeil, TCC insomnie, arret de travail 1 semaine.""",
[("insomnia",A),("difficulty_sleeping",A),("fatigue",A),("anxiety",A),("depressed_mood",A),("depressed_mood",N)]),
(110013, "2022-07-12", "Téléconsultation",
"""Suivi. Dort mieux, plus d'insomnie depuis la reprise du sport.
Toujours quelques angoisses le dimanche soir.
Pas de somnolence diurne.
Reprise du travail prevue lundi, pas de rechute attendue.""",
[("insomnia",N),("anxiety",A),("hypersomnia",N)]),

(110014, "2020-02-27", "Consultation",
"""Engelures des orteils depuis 3 semaines (froid, travail en extérieur), douloureuses le soir.
Pas de phénomène de Raynaud. Pas d'arthralgies.
Examen : lésions violacées de 3 orteils, pouls pédieux perçus.
CAT : protection du froid, revoir si ulcération.""",
[("chilblains",A),("arthralgia",N)]),
(110014, "2021-12-20", "Consultation",
"""Fait des bleus facilement depuis 2 mois, règles plus abondantes, épistaxis récidivantes.
Asthénie. Pas de fièvre, pas de perte de poids.
ATCD familiaux : maladie de Willebrand chez sa tante.
CAT : NFS, plaquettes, bilan d'hémostase. Hémopathie à éliminer.""",
[("easy_bruising",A),("menorrhagia",A),("epistaxis",A),("asthenia",A),("fever",N),("weight_loss",N)]),

(110015, "2021-08-24", "Consultation",
"""Diabète de type 2 suivi. Brûlures et fourmillements des pieds la nuit, engourdissement des orteils.
Pas de plaie. Pas de douleurs thoraciques, pas de dyspnée.
Examen : monofilament diminué, ROT achilléens abolis.
Conclusion : neuropathie diabétique douloureuse.
CAT : prégabaline, podologue.""",
[("paresthesia",A),("chest_pain",N),("dyspnea",N)]),
(110015, "2023-10-03", "Consultation",
"""Suivi diabète. Pas de nouvelle plainte.
Douleurs neuropathiques bien contrôlées sous prégabaline, mais somnolence et vertiges en début de traitement, disparus depuis.
Pas de vision floue. Pas de chute.
HbA1c 7,1 %.
CAT : renouvellement, fond d'œil annuel.""",
[("neuralgia",A),("hypersomnia",N),("vertigo",N),("blurred_vision",N),("fall",N)]),

(110016, "2020-09-29", "Consultation",
"""Douleurs diffuses depuis 2 ans, raideur matinale, fatigue chronique, sommeil non réparateur.
Pas de synovite à l'examen, pas de fièvre.
Bilan inflammatoire normal.
Conclusion : fibromyalgie probable, diagnostic différentiel : polyarthrite débutante.
CAT : activité physique adaptée, amitriptyline faible dose.""",
[("msk_pain",A),("joint_stiffness",A),("fatigue",A),("sleep_abnormality",A),("fever",N),("fibromyalgia",U)]),
(110016, "2022-11-22", "Consultation",
"""Fibromyalgie connue. Poussée douloureuse depuis 3 semaines après un deuil.
Tristesse, pleurs, perte d'intérêt. Pas d'idées noires.
Céphalées de tension fréquentes.
Conclusion : épisode dépressif réactionnel.
CAT : psychologue, revoir dans 15 jours. A reconsulter si idées suicidaires.""",
[("fibromyalgia",A),("depressed_mood",A),("depressed_mood",N),("headache",A),("depression",A)]),

(110017, "2021-02-16", "Consultation",
"""Jeune homme de 19 ans, perte de connaissance brève pendant une prise de sang hier, précédée de nausées et sueurs.
Pas de mouvements anormaux, pas de morsure de langue, récupération immédiate.
Pas de palpitations, pas de douleur thoracique.
ECG normal.
Conclusion : malaise vagal typique.
CAT : rassuré. Reconsulter si syncope à l'effort.""",
[("syncope",A),("nausea",A),("palpitations",N),("chest_pain",N),("syncope",H)]),
(110017, "2023-11-07", "Consultation",
"""Entorse de la cheville droite en jouant au foot dimanche, cheville gonflée, douleur à l'appui.
Pas de craquement. Critères d'Ottawa négatifs, pas de radio.
CAT : glace, attelle, kiné. Revoir si gonflement persistant à J10.""",
[("limb_swelling",A)]),

(110018, "2020-07-28", "Visite à domicile",
"""Confusion depuis 48 h selon sa fille, désorientée dans le temps, agitation nocturne.
Brûlures mictionnelles ? Fébrile à 38,3.
Pas de chute, pas de céphalées.
Conclusion : syndrome confusionnel sur probable infection urinaire.
CAT : ECBU, hydratation. Hospitalisation si aggravation de la confusion.""",
[("confusion",A),("dysuria",U),("fever",A),("fall",N),("headache",N),("confusion",H)]),
(110018, "2020-08-11", "Visite à domicile",
"""Revue après traitement de la pyélonéphrite. Apyrétique, confusion disparue, bien orientée.
Mange à nouveau. Fatiguée mais se lève seule.
CAT : kiné de marche, aides à domicile, passage infirmier 1x/j.""",
[("fever",N),("confusion",N),("fatigue",A)]),
(110018, "2022-12-06", "Visite à domicile",
"""Toux et fièvre depuis 3 jours, covid positif. Dyspnée modérée, SpO2 93 %.
Pas de douleur thoracique. Pas de troubles digestifs.
Examen : crépitants base droite.
CAT : hospitalisation proposée, refusée. Surveillance infirmière 2x/j. Appeler le 15 si SpO2 < 92 % ou si essoufflement au repos.""",
[("cough",A),("fever",A),("dyspnea",A),("chest_pain",N),("dyspnea",H)]),
]


def main():
    notes = sorted(NOTES, key=lambda n: (n[1], n[0]))
    assert len(notes) == 50
    write_part("fr", 10001, [(pid, date, title, text, [(C[k], s) for k, s in ms]) for pid, date, title, text, ms in notes])


if __name__ == "__main__":
    main()

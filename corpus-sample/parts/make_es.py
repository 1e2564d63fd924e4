#!/usr/bin/env python3
"""Writes es.csv (50 synthetic Spanish GP notes) and es_gold.jsonl (hand annotation of every note).

Every note is invented for symptext: no real patient, person, date or record is behind any of them.
Standard library only; run from any directory: python3 make_es.py
Gold conventions are those of tests/tables/README.md (family > negated > hypothetical > uncertain >
historical > affirmed; resolved = negated; "si ..." / "acudir si ..." = hypothetical; "a descartar" /
"¿...?" = uncertain; a relative telling the patient's symptom leaves it the patient's).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_tools import concept_ids, write_part  # noqa: E402

C = concept_ids()
ST = {'a': 'affirmed', 'n': 'negated', 'u': 'uncertain', 'h': 'hypothetical', 'p': 'historical', 'f': 'family'}

# (person_id, date, title, text, gold "key:status ...")
NOTES = [
# --- 120001: mujer 45, COVID agudo y COVID persistente ---
(120001, "2021-01-12", "Consulta telefónica",
 "Consulta telefónica.\nPCR positiva ayer. Refiere fiebre de 38,3 ºC, tos seca, mialgias y cefalea desde hace 3 días. Perdida de olfato y gusto desde ayer. Niega disnea y dolor toracico.\nPlan: aislamiento, paracetamol 1 g/8 h si fiebre. Acudir a urgencias si dificultad respiratoria.",
 "fever:a cough:a myalgia:a headache:a anosmia:a ageusia:a dyspnea:n chest_pain:n fever:h difficulty_breathing:h"),
(120001, "2021-03-02", "Revisión COVID persistente",
 "MC: seguimiento tras COVID en enero.\nEA: persiste cansancio intenso que empeora tras el esfuerzo, disnea de medianos esfuerzos y anosmia. Afebril desde hace semanas. No tos.\nEF: SatO2 97 %, eupneica en reposo. AC: rítmica. AP: MVC sin ruidos sobreañadidos.\nJC: COVID persistente.\nPlan: analítica, Rx tórax, pautar actividad.",
 "fatigue:a postexertional_fatigue:a dyspnea_on_exertion:a anosmia:a fever:n cough:n dyspnea:n"),
(120001, "2021-06-15", "Revisión COVID persistente",
 "Revisión COVID persistente.\nS: mejor de la disnea. Ahora lo que más le limita es la niebla mental: fallos de memoria, le cuesta concentrarse en el trabajo. Parosmia, los alimentos le huelen a quemado. Duerme mal.\nO: consciente y orientada. MoCA 27/30.\nA: síntomas cognitivos post COVID.\nP: derivación a neuropsicología. Baja laboral prorrogada.",
 "dyspnea:a impaired_cognition:a memory_impairment:a poor_concentration:a smell_taste_disorder:a difficulty_sleeping:a"),
(120001, "2021-10-20", "Consulta de seguimiento",
 "Seguimiento. Refiere clara mejoría: olfato recuperado casi por completo, la niebla mental ha desaparecido. Persiste algo de fatiga por las tardes, sin malestar postesfuerzo.\nSe reincorpora al trabajo con adaptación de jornada. Reconsultar si reaparecen los síntomas.",
 "impaired_cognition:n fatigue:a postexertional_fatigue:n"),
# --- 120002: hombre 67, dolor torácico, caídas ---
(120002, "2020-02-04", "Consulta presencial",
 "Varón de 67 años, AP: HTA, DM2, exfumador.\nMC: dolor torácico opresivo con el esfuerzo de 2 semanas, cede con el reposo en 5 minutos. No disnea, no palpitaciones, no sincope.\nEF: TA 152/88, FC 76. AC: rítmica sin soplos. No edemas.\nECG: RS, sin alteraciones agudas.\nJC: probable angina de esfuerzo.\nPlan: derivación preferente a cardiología, NTG sublingual. Si dolor torácico en reposo o más de 15 minutos, llamar al 112.",
 "chest_pain:a dyspnea:n palpitations:n syncope:n edema:n chest_pain:h"),
(120002, "2020-09-18", "Consulta de seguimiento",
 "Control tras ergometría positiva y cateterismo con stent en DA. Asintomático desde entonces, sin dolor toracico ni disnea de esfuerzo. Buena adherencia a doble antiagregación. Algún hematoma en brazos con facilidad, explicado.\nPlan: mantener tratamiento, control de FRCV en 3 meses.",
 "chest_pain:n dyspnea_on_exertion:n easy_bruising:a"),
(120002, "2022-11-08", "Visita domiciliaria",
 "Aviso domicilio. Se ha caído esta mañana al levantarse de la cama, sin pérdida de conocimiento. Refiere mareo al incorporarse desde que se aumentó la dosis de doxazosina. No dolor torácico.\nEF: TA tumbado 132/78, de pie 104/66. Hematoma en cadera izquierda, moviliza bien.\nJC: hipotensión ortostática farmacológica. Caída casual.\nPlan: retirar doxazosina. Riesgo de caídas: se revisa domicilio con la familia.",
 "fall:a syncope:n lightheadedness:a chest_pain:n easy_bruising:a orthostatic_hypotension:a fall:h"),
# --- 120003: mujer 32, ansiedad ---
(120003, "2020-05-11", "Consulta telefónica",
 "Consulta telefónica por ansiedad en relación con el confinamiento y teletrabajo. Nerviosismo, insomnio de conciliación y opresión en el pecho cuando ve las noticias. Niega ánimo bajo. Sin ideación autolítica.\nPlan: pautas de higiene del sueño, técnicas de relajación. Nueva llamada en 2 semanas.",
 "anxiety:a insomnia:a chest_pain:a depressed_mood:n"),
(120003, "2020-06-02", "Consulta presencial",
 "Acude por episodio la semana pasada de palpitaciones, sensación de ahogo, hormigueo en manos y miedo a morir, de unos 20 minutos, en el supermercado. Ya había tenido otro similar en marzo.\nEF: TA 118/72, FC 84 rítmica. ECG normal.\nJC: crisis de pánico.\nPlan: inicio de sertralina 50 mg, derivación a psicología. Efectos secundarios explicados: náuseas, cefalea.",
 "palpitations:a dyspnea:a paresthesia:a fear:a panic_attack:a nausea:h headache:h"),
(120003, "2021-02-09", "Consulta de seguimiento",
 "Revisión. Sin nuevas crisis de ansiedad desde el verano. Duerme bien. Refiere disminución de la libido desde que toma sertralina, que le preocupa.\nPlan: valorar cambio a otro ISRS si persiste.",
 "panic_attack:n reduced_libido:a"),
# --- 120004: hombre 52, lumbalgia / cervicalgia ---
(120004, "2020-03-10", "Consulta presencial",
 "Lumbalgia de 4 días tras cargar cajas en el almacén. Dolor lumbar sin irradiación, empeora con la flexión. No parestesias ni perdida de fuerza en MMII. No incontinencia urinaria.\nEF: contractura paravertebral lumbar, Lasègue negativo bilateral.\nJC: lumbalgia mecánica aguda.\nTto: ibuprofeno 600 mg/8 h, calor local, mantener actividad. Reconsultar si dolor irradiado o perdida de fuerza.",
 "low_back_pain:a paresthesia:n muscle_weakness:n urinary_incontinence:n muscle_weakness:h"),
(120004, "2020-03-31", "Consulta de seguimiento",
 "Revision lumbalgia: dolor lumbar resuelto casi por completo, se ha reincorporado al trabajo. Sin ciatalgia. Se dan ejercicios de higiene postural y se recomienda natación.",
 "low_back_pain:n"),
(120004, "2022-07-19", "Consulta presencial",
 "Cervicalgia de 10 días tras muchas horas de ordenador, con cefalea occipital vespertina. Hormigueo ocasional en mano derecha. Antecedentes de lumbalgias de repetición.\nEF: contractura de trapecios, balance muscular conservado, ROT simétricos.\nJC: cervicalgia mecánica.\nPlan: fisioterapia, revisar puesto de trabajo.",
 "neck_pain:a headache:a paresthesia:a low_back_pain:p"),
# --- 120005: mujer 78, caídas y deterioro cognitivo ---
(120005, "2020-10-06", "Visita domiciliaria",
 "Visita domiciliaria a petición de su hija. Dos caídas en el último mes, sin pérdida de conocimiento. La hija refiere que está más olvidadiza, repite las preguntas y se desorienta en la calle.\nEF: consciente, desorientada en tiempo. Pfeiffer 4 errores. Marcha con aumento de base.\nJC: deterioro cognitivo a estudio. Caídas de repetición.\nPlan: analítica con B12 y TSH, TC craneal. Derivación a neurología para descartar demencia.",
 "fall:a syncope:n memory_impairment:a confusion:a impaired_cognition:a"),
(120005, "2021-01-19", "Consulta telefónica",
 "Llamada de su hija: desde hace 2 días está más confusa y somnolienta, con fiebre de 37,9 ºC y escozor al orinar. Acude a consulta.\nEF: Tª 38 ºC, desorientada. Combur: leucocitos +++, nitritos +.\nJC: ITU. Probable síndrome confusional agudo secundario.\nPlan: fosfomicina. Acudir a urgencias si empeora el estado general o deja de comer.",
 "confusion:a hypersomnia:a fever:a dysuria:a delirium:u"),
(120005, "2021-05-25", "Consulta de seguimiento",
 "Revisión en consulta con su hija. Resuelto el cuadro confusional. Neurología: deterioro cognitivo leve amnésico. Sin nuevas caídas. Duerme bien, buen apetito.\nPlan: estimulación cognitiva en centro de día.",
 "confusion:n mild_cognitive_disorder:a fall:n"),
(120005, "2023-02-14", "Visita domiciliaria",
 "Domicilio. Caída en el baño hace 3 días, desde entonces dolor en cadera derecha al caminar. No mareo previo. Ha perdido peso en los últimos meses según su hija, come poco.\nEF: dolor a la rotación de cadera, sin acortamiento.\nPlan: Rx de cadera. Valorar ayudas técnicas.",
 "fall:a dizziness:n weight_loss:a loss_of_appetite:a"),
# --- 120006: mujer 28 ---
(120006, "2020-07-08", "Consulta presencial",
 "Disuria, polaquiuria y tenesmo vesical de 2 días. No fiebre, no dolor lumbar. No flujo vaginal.\nCombur: leucocitos ++, nitritos +.\nJC: cistitis aguda no complicada.\nTto: fosfomicina 3 g dosis única. Si fiebre o dolor lumbar, reconsultar.",
 "dysuria:a fever:n low_back_pain:n fever:h low_back_pain:h"),
(120006, "2021-11-23", "Consulta presencial",
 "Reglas abundantes y dolorosas desde hace un año, cambia de compresa cada 2 horas los primeros días. Cansancio. Ciclos regulares. AF: madre con miomas y anemia.\nEF: abdomen blando, no doloroso.\nPlan: hemograma y ferritina, eco ginecológica. Ibuprofeno durante la regla.",
 "menorrhagia:a dysmenorrhea:a fatigue:a irregular_periods:n"),
(120006, "2022-01-11", "Consulta de seguimiento",
 "Resultados: Hb 10,8, ferritina 6. Eco: mioma intramural de 3 cm. Refiere astenia y disnea al subir escaleras.\nJC: anemia ferropénica por menorragia.\nPlan: hierro oral, derivación a ginecología.",
 "asthenia:a dyspnea_on_exertion:a menorrhagia:a"),
# --- 120007: hombre 39, COVID persistente con palpitaciones ---
(120007, "2020-11-30", "Consulta telefónica",
 "COVID confirmado hace 10 dias. Fiebre resuelta. Persisten tos y cansancio. No disnea. Vive con su mujer, que también es positiva y tiene fiebre y diarrea.\nPlan: alta de aislamiento según protocolo. Acudir si disnea.",
 "fever:n cough:a fatigue:a dyspnea:n fever:f diarrhea:f dyspnea:h"),
(120007, "2021-02-16", "Revisión COVID persistente",
 "Revisión COVID persistente, 3 meses tras la infección.\nRefiere palpitaciones al ponerse de pie, con mareo y visión borrosa, mejora al tumbarse. Intolerancia al ejercicio: tras jugar al pádel queda agotado dos días. Niega dolor torácico y sincope.\nEF: FC tumbado 68, de pie a los 10 min 112 lpm, sin hipotensión.\nJC: ¿POTS post COVID?\nPlan: Holter, test de bipedestación, hidratación y medias de compresión.",
 "palpitations:a dizziness:a blurred_vision:a postexertional_fatigue:a fatigue:a chest_pain:n syncope:n pots:u"),
(120007, "2021-04-27", "Consulta de seguimiento",
 "Holter: ritmo sinusal con taquicardia sinusal en bipedestación, sin arritmias. Cardiología confirma síndrome de taquicardia postural ortostática.\nPlan: ivabradina, programa de ejercicio progresivo en posición horizontal. Vigilar bradicardia.",
 "tachycardia:a arrhythmia:n pots:a bradycardia:h"),
(120007, "2022-03-22", "Consulta de seguimiento",
 "Revisión anual. Practicamente asintomático, palpitaciones ocasionales con el calor. Sin mareos. Ha vuelto a correr sin malestar post esfuerzo. Retirada de ivabradina.\nPlan: alta de consulta de COVID persistente.",
 "palpitations:a dizziness:n postexertional_fatigue:n"),
# --- 120008: hombre 71, EPOC ---
(120008, "2020-01-21", "Consulta presencial",
 "EPOC GOLD 3, exfumador. Aumento de la disnea habitual y de la expectoración, ahora purulenta, de 4 días. Sibilancias nocturnas. No fiebre termometrada, no dolor torácico.\nEF: SatO2 91 %, taquipneico. AP: sibilancias espiratorias dispersas y roncus.\nJC: agudización de EPOC.\nTto: amoxicilina-clavulánico, prednisona 30 mg 5 días. Si empeora la dificultad respiratoria, acudir a urgencias.",
 "dyspnea:a sputum:a wheezing:a fever:n chest_pain:n difficulty_breathing:h"),
(120008, "2020-02-04", "Consulta de seguimiento",
 "Control tras agudización. Ha mejorado la disnea, persiste tos con expectoración blanquecina. Sin sibilancias.\nPlan: revisar técnica inhalatoria, rehabilitación respiratoria.",
 "dyspnea:a cough:a sputum:a wheezing:n"),
(120008, "2023-09-05", "Consulta presencial",
 "Consulta por esputos hemoptoicos en 2 ocasiones esta semana y pérdida de peso de 5 kg en 3 meses. Disnea de esfuerzo habitual. Sin fiebre.\nEF: hipoventilación en base derecha.\nJC: hemoptisis en paciente EPOC exfumador, sospecha de neoplasia pulmonar.\nPlan: Rx tórax urgente, TC, derivación por vía rápida.",
 "hemoptysis:a weight_loss:a dyspnea_on_exertion:a fever:n"),
# --- 120009: mujer 55, migraña / depresión ---
(120009, "2020-04-14", "Consulta telefónica",
 "AP: migraña sin aura desde la juventud. Empeoramiento de las crisis, ahora 8 días al mes, con náuseas y fotofobia. No focalidad neurológica, no alteraciones visuales.\nJC: migraña episódica de alta frecuencia.\nPlan: iniciar profilaxis con amitriptilina. Efectos adversos: somnolencia, estreñimiento.",
 "migraine:p migraine:a nausea:a visual_disturbance:n hypersomnia:h constipation:h"),
(120009, "2020-09-29", "Consulta presencial",
 "Cefaleas mejor con amitriptilina, 2 al mes. Refiere bajo estado de animo, tristeza, llanto facil y perdida de interes desde la separacion hace 4 meses. Insomnio de mantenimiento. Hiporexia sin perdida de peso.\nAF: padre con depresion.\nJC: episodio depresivo moderado.\nPlan: escitalopram, psicologia.",
 "headache:a depressed_mood:a insomnia:a loss_of_appetite:a weight_loss:n depression:f depression:a"),
(120009, "2021-03-09", "Consulta de seguimiento",
 "Seguimiento depresión: eutímica, duerme bien, ha retomado sus actividades. Sin crisis de migraña en los últimos 2 meses.\nPlan: mantener escitalopram 6 meses más.",
 "depression:a depressed_mood:n migraine:n"),
# --- 120010: hombre 24 ---
(120010, "2020-08-17", "Consulta presencial",
 "Vómitos y diarrea líquida desde anoche tras una barbacoa, 8 deposiciones, sin sangre. Retortijones. Febrícula de 37,6. Tolera líquidos.\nEF: buen estado general, normohidratado, abdomen blando con ruidos aumentados.\nJC: gastroenteritis aguda.\nPlan: suero oral, dieta. Acudir si vómitos persistentes, sangre en heces o fiebre alta.",
 "vomiting:a diarrhea:a stomach_cramps:a fever:a vomiting:h fever:h"),
(120010, "2022-05-30", "Consulta urgente",
 "Urticaria generalizada de 6 horas tras tomar amoxicilina: habones muy pruriginosos en tronco y extremidades. No disnea, no disfagia, no hinchazón de labios.\nEF: lesiones habonosas generalizadas, AP normal.\nTto: dexclorfeniramina, prednisona. Registrar alergia a penicilinas.",
 "urticaria:a itching:a dyspnea:n dysphagia:n"),
# --- 120011: mujer 61, fibromialgia ---
(120011, "2020-12-01", "Consulta presencial",
 "Dolor generalizado de años de evolución, artralgias en manos, rigidez matutina de 10 minutos, cansancio y sueño no reparador. Fibromialgia diagnosticada en 2015 por reumatología.\nEF: no sinovitis.\nPlan: analítica con FR y anti-CCP para descartar artritis reumatoide. Ejercicio aeróbico suave.",
 "arthralgia:a joint_stiffness:a fatigue:a sleep_abnormality:a fibromyalgia:a"),
(120011, "2021-01-26", "Consulta de seguimiento",
 "Resultados: FR y anti-CCP negativos. Refiere lumbalgia y cervicalgia crónicas, ansiedad por el dolor. Piernas inquietas por la noche que le impiden dormir.\nPlan: ferritina, pregabalina a dosis bajas.",
 "low_back_pain:a neck_pain:a anxiety:a restless_legs:a"),
(120011, "2022-06-07", "Consulta telefónica",
 "Llamada. Mejor de las piernas inquietas con hierro. Persisten mialgias y astenia, niega fiebre. Pregunta por unidad del dolor.\nPlan: derivación a unidad del dolor.",
 "restless_legs:a myalgia:a asthenia:a fever:n"),
# --- 120012: hombre 47, vértigo ---
(120012, "2021-07-13", "Consulta urgente",
 "Cuadro de vertigo rotatorio de 30 segundos al girarse en la cama y al mirar hacia arriba, desde hace 3 días, con nauseas. No acufenos ni hipoacusia. No cefalea, no diplopia.\nEF: Dix-Hallpike positivo derecho, nistagmo torsional.\nJC: VPPB de canal posterior derecho.\nPlan: maniobra de Epley en consulta.",
 "vertigo:a nausea:a tinnitus:n hearing_loss:n headache:n diplopia:n"),
(120012, "2023-03-28", "Consulta presencial",
 "Acúfenos en oído izquierdo de 2 meses y sensación de oír menos por ese oído. Episodio previo de vértigo posicional en 2021 resuelto con maniobras. Sin otalgia.\nEF: otoscopia normal. Weber lateralizado a derecha.\nJC: hipoacusia neurosensorial izquierda a estudio.\nPlan: derivación a ORL, audiometría.",
 "tinnitus:a hearing_loss:a vertigo:n earache:n"),
# --- 120013: mujer 36, COVID persistente: olfato ---
(120013, "2021-09-07", "Revisión COVID persistente",
 "COVID en marzo. Desde entonces anosmia parcial y parosmia: el café y la carne le huelen a podrido. Cansancio y caída del cabello. Sin disnea ni palpitaciones.\nEF: normal.\nPlan: entrenamiento olfativo, analítica con ferritina.",
 "anosmia:a smell_taste_disorder:a fatigue:a dyspnea:n palpitations:n"),
(120013, "2022-01-18", "Revisión COVID persistente",
 "Revisión. Mejoría del olfato, persiste hiposmia leve. Refiere cefaleas tensionales y dificultad para concentrarse en el trabajo, sobre todo por la tarde. Niega ánimo bajo.\nPlan: continuar entrenamiento olfativo, pautas de gestión de energía.",
 "hyposmia:a headache:a poor_concentration:a depressed_mood:n"),
(120013, "2023-05-16", "Consulta presencial",
 "Faringoamigdalitis: odinofagia y fiebre de 38,5 de 2 días, sin tos. Adenopatías cervicales dolorosas.\nEF: amígdalas hipertróficas con exudado. Centor 4.\nTto: penicilina V 10 días. Acudir si dificultad para tragar o para respirar.",
 "sore_throat:a fever:a cough:n dysphagia:h difficulty_breathing:h"),
# --- 120014: hombre 83, insuficiencia cardiaca ---
(120014, "2020-12-15", "Visita domiciliaria",
 "Domicilio. Insuficiencia cardiaca con FEVI reducida y ACxFA. Aumento de edemas en MMII hasta rodillas y disnea de minimos esfuerzos de una semana, ortopnea de 2 almohadas. Ha ganado 3 kg.\nEF: crepitantes bibasales, edemas con fovea ++. FC 96 arritmica.\nJC: insuficiencia cardiaca descompensada.\nPlan: aumentar furosemida, control de peso diario. Si empeora la disnea, llamar al 112.",
 "edema:a dyspnea_on_exertion:a dyspnea:a arrhythmia:a dyspnea:h"),
(120014, "2021-01-05", "Visita domiciliaria",
 "Control: edemas resueltos, sin ortopnea. Ha perdido 3 kg. Algo de mareo al levantarse desde el aumento del diurético.\nEF: TA 108/62, sin edemas.\nPlan: reducir furosemida. Vigilar caídas.",
 "edema:n dyspnea:n weight_loss:a lightheadedness:a fall:h"),
(120014, "2022-08-23", "Visita domiciliaria",
 "Su hija refiere que desde hace una semana está más somnoliento y desorientado por las tardes, come muy poco. No fiebre. No tos.\nEF: deshidratación leve, desorientado en tiempo y espacio.\nJC: síndrome confusional agudo a estudio, probable origen metabólico.\nPlan: analítica urgente a domicilio.",
 "hypersomnia:a confusion:a loss_of_appetite:a fever:n cough:n delirium:a"),
# --- 120015: mujer 19 ---
(120015, "2021-10-04", "Consulta presencial",
 "Odinofagia intensa, fiebre y cansancio extremo de 6 días. Su compañera de piso tuvo mononucleosis hace un mes.\nEF: adenopatías laterocervicales, amígdalas con exudado, esplenomegalia dudosa.\nJC: ¿mononucleosis infecciosa?\nPlan: analítica con Paul-Bunnell. Evitar deporte de contacto.",
 "sore_throat:a fever:a fatigue:a"),
(120015, "2021-11-02", "Consulta de seguimiento",
 "Control tras mononucleosis. Ya no tiene fiebre ni dolor de garganta. Persiste cansancio y duerme mucho por las tardes.\nPlan: reincorporación progresiva a la universidad.",
 "fever:n sore_throat:n fatigue:a hypersomnia:a"),
# --- 120016: hombre 58, síndrome constitucional ---
(120016, "2022-02-08", "Consulta presencial",
 "Epigastralgia de 2 meses, no relacionada con la ingesta, con pérdida de peso de 7 kg e hiporexia. Disfagia para sólidos en las últimas semanas. No vómitos. Heces normales.\nAP: ERGE, fumador de 30 paq/año.\nJC: síndrome constitucional con disfagia, sospecha de neoplasia esofagogástrica.\nPlan: gastroscopia preferente, analítica.",
 "epigastric_pain:a weight_loss:a loss_of_appetite:a dysphagia:a vomiting:n asthenia:a"),
(120016, "2022-03-15", "Consulta de seguimiento",
 "Gastroscopia: esofagitis péptica grado C, sin lesiones malignas. Biopsias negativas. Ha mejorado la disfagia con omeprazol.\nPlan: omeprazol 40 mg 8 semanas y nueva endoscopia.",
 "dysphagia:a"),
(120016, "2022-09-20", "Consulta telefónica",
 "Consulta telefónica. Sin disfagia ni epigastralgia. Ha recuperado 4 kg. Algo de distensión abdominal tras las comidas.\nPlan: mantener omeprazol 20 mg.",
 "dysphagia:n epigastric_pain:n bloating:a"),
# --- 120017: mujer 42, clínica neurológica ---
(120017, "2023-04-11", "Consulta presencial",
 "Hormigueo en ambas piernas de 2 semanas que asciende hasta la cintura, con debilidad en las piernas al subir escaleras. Hace 2 años tuvo visión borrosa en ojo derecho con dolor al mover el ojo que se resolvió en un mes.\nEF: hipoestesia en MMII, ROT vivos.\nJC: posible enfermedad desmielinizante, a descartar esclerosis múltiple.\nPlan: derivación urgente a neurología, RM.",
 "paresthesia:a muscle_weakness:a blurred_vision:p"),
(120017, "2023-06-27", "Consulta de seguimiento",
 "Neurología confirma esclerosis múltiple remitente-recurrente. Persiste cansancio y parestesias en pies, ha desaparecido la debilidad de las piernas. Ansiosa por el diagnóstico, no duerme bien.\nPlan: apoyo psicológico. Acudir si diplopía, pérdida de fuerza o alteraciones visuales nuevas.",
 "fatigue:a paresthesia:a muscle_weakness:n anxiety:a difficulty_sleeping:a diplopia:h muscle_weakness:h visual_disturbance:h"),
]


def main():
    notes = sorted(NOTES, key=lambda n: (n[1], n[0]))
    assert len(notes) == 50
    rows = []
    for pid, date, title, text, gold in notes:
        mentions = []
        for tok in gold.split():
            key, st = tok.split(':')
            m = (C[key], ST[st])
            assert m not in mentions, (pid, date, tok)
            mentions.append(m)
        rows.append((pid, date, title, text, mentions))
    write_part('es', 20001, rows)


if __name__ == '__main__':
    main()

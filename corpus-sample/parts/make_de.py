#!/usr/bin/env python3
"""Write corpus-sample/parts/de.csv and de_gold.jsonl: 50 synthetic German GP notes and their gold.

Every note is invented for symptext (no real patient, person or record). Standard library only;
the output is deterministic. Gold rules are those of tests/tables/README.md: one entry per distinct
(concept, status); family > negated > hypothetical > uncertain > historical > affirmed; resolved =
negated; a bare vital sign is not a mention; "Wiedervorstellung bei X" is hypothetical; a relative
reporting the patient's symptom leaves it the patient's.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sample_tools import concept_ids, write_part  # noqa: E402

A, N, U, H, Hi, F = 'affirmed', 'negated', 'uncertain', 'hypothetical', 'historical', 'family'
# Short names this script's notes use, each for a key of lexicons/concepts.tsv.
C = concept_ids({
    'tatt': 'tired_all_the_time', 'pem': 'postexertional_fatigue', 'postviral': 'postviral_fatigue',
    'appetite': 'loss_of_appetite', 'diff_breathing': 'difficulty_breathing',
    'doe': 'dyspnea_on_exertion', 'wheeze': 'wheezing', 'hoarse': 'hoarse_voice',
    'congestion': 'nasal_congestion', 'orthostatic': 'orthostatic_hypotension',
    'lightheaded': 'lightheadedness', 'rls': 'restless_legs', 'cognition': 'impaired_cognition',
    'mci': 'mild_cognitive_disorder', 'memory': 'memory_impairment', 'poor_conc': 'poor_concentration',
    'reduced_conc': 'reduced_concentration', 'smell_taste': 'smell_taste_disorder',
    'blurred': 'blurred_vision', 'visual': 'visual_disturbance', 'epigastric': 'epigastric_pain',
    'cramps': 'stomach_cramps', 'lbp': 'low_back_pain', 'bruising': 'easy_bruising',
    'panic': 'panic_attack', 'low_mood': 'depressed_mood', 'diff_sleep': 'difficulty_sleeping',
    'sleep_abn': 'sleep_abnormality', 'libido': 'reduced_libido',
    'cycle_abnormal': 'menstrual_cycle_abnormal', 'incontinence': 'urinary_incontinence'
})

# (person_id, date, title, text, [(concept key, status), ...])
NOTES = [
(140001, '2021-02-08', 'Sprechstunde', """Anamnese: Pat. stellt sich 6 Wochen nach COVID-19 (PCR pos. 28.12.) vor. Seither ausgepraegte Muedigkeit, Belastungsdyspnoe beim Treppensteigen (2. Stock), Geruchsverlust.
Kein Fieber, kein Husten mehr.
Befund: AZ leicht reduziert, Pulmo frei, SpO2 97 %, HF 92/min.
Beurteilung: Post-COVID-Symptomatik.
Procedere: Labor, EKG, Lungenfunktion. AU 2 Wochen. WV bei Zunahme der Luftnot.""",
 [('fatigue', A), ('doe', A), ('anosmia', A), ('fever', N), ('cough', N), ('malaise', A), ('dyspnea', H)]),
(140002, '2021-02-15', 'Sprechstunde', """Pat. kommt wegen Brustschmerzen seit 2 Tagen, stechend, atemabhängig, li. thorakal. Keine Ausstrahlung, keine Luftnot, kein Fieber.
Befund: Druckschmerz li. Rippenbogen reproduzierbar. Cor: rhythmisch, keine Geräusche. Pulmo o.B.
EKG: SR, keine ST-Veränderungen.
Beurteilung: am ehesten muskuloskelettale Thoraxschmerzen.
Th: Ibuprofen 400 mg b.B., bei Zunahme der Beschwerden oder Luftnot sofort Wiedervorstellung.""",
 [('chest_pain', A), ('dyspnea', N), ('fever', N), ('msk_pain', U), ('dyspnea', H)]),
(140003, '2021-03-02', 'Hausbesuch', """Hausbesuch, Kind 4 J.
Mutter berichtet über Fieber bis 39,5 seit gestern, Husten und Schnupfen. Hat heute zweimal erbrochen. Trinkt ausreichend.
Befund: Rachen gerötet, Trommelfelle bds. unauff., Pulmo frei, keine Dyspnoe.
Dg.: Viraler Infekt der oberen Atemwege.
Procedere: Paracetamol-Saft bei Fieber, viel trinken. Wiedervorstellung bei Atemnot, Fieber > 3 Tage oder wenn das Kind nicht mehr trinkt.""",
 [('fever', A), ('cough', A), ('congestion', A), ('vomiting', A), ('dyspnea', N), ('fever', H), ('dyspnea', H)]),
(140004, '2021-03-10', 'Sprechstunde', """S: Kopfschmerzen seit 3 Tagen, pulsierend, re. temporal, mit Übelkeit und Lichtempfindlichkeit. Kein Erbrechen. Bekannte Migräne seit der Jugend, sonst ähnlich.
O: RR 125/80, neurologisch unauffällig, kein Meningismus.
A: Migräneattacke.
P: Sumatriptan 50 mg, Kopfschmerzkalender. Bei Sehstörungen oder Lähmungen sofort vorstellen.""",
 [('headache', A), ('nausea', A), ('vomiting', N), ('migraine', Hi), ('migraine', A), ('visual', H)]),
(140005, '2021-03-22', 'Sprechstunde', """Akute Kreuzschmerzen nach Heben eines Sofas am Wochenende. Keine Ausstrahlung in die Beine, keine Taubheit, keine Blasen- oder Mastdarmstörung.
Befund: Paravertebraler Hartspann LWS, Lasègue bds. neg.
Diagnose: Lumbago.
Procedere: Bewegung, Wärme, Ibuprofen 600 mg 1-1-1 für 5 Tage. Bei Lähmungen oder Inkontinenz sofort in die Notaufnahme.""",
 [('lbp', A), ('incontinence', H)]),
(140001, '2021-03-08', 'Long-COVID-Sprechstunde', """Verlaufskontrolle Post-COVID.
Weiterhin Fatigue, nach dem Einkaufen 2 Tage im Bett (PEM). Brain Fog, Wortfindungsstoerungen bei der Arbeit am PC.
Geruch teilweise zurueck, Kaffee riecht verbrannt (Parosmie).
Belastungsdyspnoe etwas rückläufig.
Labor unauffaellig, EKG SR, LuFu normal.
Beurteilung: Post-COVID-Syndrom mit Fatigue und PEM.
Procedere: Pacing erklärt, Ergotherapie, Wiedervorstellung in 4 Wochen.""",
 [('fatigue', A), ('pem', A), ('cognition', A), ('smell_taste', A), ('doe', A)]),
(140006, '2021-04-06', 'Hausbesuch', """Hausbesuch. Tochter berichtet, Pat. sei seit 2 Tagen zunehmend verwirrt, nachts unruhig, trinkt wenig. Gestern Sturz im Bad ohne Bewusstlosigkeit.
Befund: zeitlich desorientiert, Zunge trocken, Temp 37,9, Urin-Stix: Leukozyten +++, Nitrit pos.
Beurteilung: V.a. Harnwegsinfekt mit Delir.
Procedere: Cefpodoxim, Trinkprotokoll, Kontrolle morgen. Bei Verschlechterung Einweisung.""",
 [('confusion', A), ('fall', A), ('syncope', N), ('delirium', U)]),
(140007, '2021-04-19', 'Sprechstunde', """Pat., 40 J., COVID im Januar. Seitdem Riech- und Schmeckstörung, Konzentrationsstörungen, schnelle Ermüdbarkeit. Kann bei der Arbeit (IT) nur 4 Std. am Stück arbeiten.
Keine Luftnot, kein Herzrasen.
Befund: unauffällig, Sniffin Sticks: Hyposmie.
Beurteilung: Long COVID mit Hyposmie und kognitiven Einschränkungen.
Plan: Riechtraining, Neuropsychologie-Überweisung.""",
 [('smell_taste', A), ('dysgeusia', A), ('poor_conc', A), ('fatigue', A), ('dyspnea', N), ('palpitations', N), ('hyposmia', A), ('cognition', A)]),
(140008, '2021-05-03', 'Akutsprechstunde', """Brennen beim Wasserlassen und Pollakisurie seit 2 Tagen. Kein Fieber, keine Flankenschmerzen, kein Ausfluss.
U-Stix: Leuko +, Nitrit +.
Dg: unkomplizierte Zystitis.
Th: Fosfomycin 3 g einmalig, viel trinken. WV bei Fieber oder anhaltenden Beschwerden.""",
 [('dysuria', A), ('fever', N), ('fever', H)]),
(140009, '2021-05-11', 'Telefonkonsultation', """Tel.: Halsschmerzen, Schnupfen und Heiserkeit seit 4 Tagen, leichter Reizhusten. Fieberfrei. Schnelltest negativ.
Empfehlung: Symptomatisch, Lutschtabletten, Nasenspray max. 7 Tage. AU bis Freitag. Bei Fieber oder Atemnot erneut melden.""",
 [('sore_throat', A), ('congestion', A), ('hoarse', A), ('cough', A), ('fever', N), ('fever', H), ('dyspnea', H)]),
(140010, '2021-05-25', 'Sprechstunde', """Anamnese: Seit 2 Monaten gedrückte Stimmung, Freudlosigkeit, Ein- und Durchschlafstörungen, Grübeln. Appetit vermindert, 3 kg abgenommen. Keine Suizidgedanken.
Vorgeschichte: depressive Episode 2015, damals Sertralin.
FA: Mutter Depression.
Befund: Stimmung gedrückt, affektiv eingeschränkt schwingungsfähig. PHQ-9: 16.
Beurteilung: Mittelgradige depressive Episode, rezidivierend.
Procedere: Sertralin 50 mg, Psychotherapie, WV 2 Wochen.""",
 [('low_mood', A), ('diff_sleep', A), ('appetite', A), ('weight_loss', A), ('depression', Hi), ('depression', F), ('depression', A)]),
(140011, '2021-06-07', 'Hausbesuch', """Hausbesuch. Zunehmende Beinödeme bds. und Luftnot bei geringer Belastung seit 1 Woche, schläft mit 3 Kissen. Gewicht +3 kg.
Bekannte Herzinsuffizienz, Z.n. Myokardinfarkt 2017.
Befund: Unterschenkelödeme bds., feuchte RGs basal bds., HF 88/min arrhythmisch.
Beurteilung: Dekompensierte Herzinsuffizienz, absolute Arrhythmie bei Vorhofflimmern.
Procedere: Torasemid erhöht, Gewichtskontrolle täglich. Bei Ruhedyspnoe Notarzt.""",
 [('edema', A), ('doe', A), ('arrhythmia', A), ('dyspnea', H)]),
(140012, '2021-06-21', 'Sprechstunde', """Gelenkschmerzen der Fingergrundgelenke bds. seit 3 Monaten, Morgensteifigkeit > 1 Std., Schwellung MCP 2 und 3 re.
Fam.: Mutter rheumatoide Arthritis.
Befund: Gaenslen-Zeichen pos. bds.
Beurteilung: V.a. rheumatoide Arthritis.
Procedere: Labor (CRP, RF, Anti-CCP), Überweisung Rheumatologie.""",
 [('arthralgia', A), ('joint_stiffness', A)]),
(140013, '2021-07-05', 'Sprechstunde', """Pat. berichtet über anfallsartiges Herzrasen mit Engegefühl in der Brust, Zittern und Todesangst, Dauer ca. 10 Min., 3x in den letzten 2 Wochen. Kein Bewusstseinsverlust.
Befund: RR 135/85, HF 76/min, EKG unauffällig.
Beurteilung: am ehesten Panikattacken, DD paroxysmale Tachykardie.
Procedere: Langzeit-EKG, TSH. Aufklärung über Warnzeichen (Synkope, anhaltende Brustschmerzen).""",
 [('palpitations', A), ('chest_pain', A), ('fear', A), ('syncope', N), ('panic', U), ('tachycardia', U), ('syncope', H), ('chest_pain', H)]),
(140014, '2021-07-19', 'Akutsprechstunde', """Seit gestern Abend Brechdurchfall, 6x wässriger Stuhl, 3x erbrochen, krampfartige Bauchschmerzen. Kein Blut im Stuhl. Ehemann ebenfalls mit Durchfall.
Befund: Abdomen weich, diffuser Druckschmerz, rege Darmgeräusche. Kreislauf stabil.
Dg: Akute Gastroenteritis.
Therapie: Trinken, Elektrolytlösung, MCP bei Übelkeit. Wiedervorstellung bei Fieber oder blutigen Durchfällen.""",
 [('vomiting', A), ('diarrhea', A), ('cramps', A), ('diarrhea', F), ('nausea', H), ('fever', H), ('diarrhea', H)]),
(140015, '2021-08-02', 'Check-up', """Gesundheitsuntersuchung (Check-up 35).
Anamnese: Keine Beschwerden. Nichtraucher, Sport 2x/Woche.
Befund: AZ gut, EZ normal, RR 128/82, Cor/Pulmo o.B., Abdomen o.B.
Labor: Cholesterin 232, sonst im Normbereich.
Beurteilung: Gesund, Hypercholesterinämie.
Procedere: Ernährungsberatung, Kontrolle in 1 Jahr.""",
 []),
(140016, '2021-08-16', 'Akutsprechstunde', """Seit 2 Tagen juckender Ausschlag am Stamm und an den Armen, Quaddeln, wechselnde Lokalisation. Neues Waschmittel. Keine Luftnot, keine Schwellung von Lippen oder Zunge.
Befund: Urtikarielle Effloreszenzen Stamm und Arme, Dermographismus pos.
Diagnose: Akute Urtikaria.
Therapie: Cetirizin 10 mg 1-0-0. Bei Atemnot oder Schluckbeschwerden sofort 112.""",
 [('itching', A), ('rash', A), ('urticaria', A), ('dyspnea', N), ('dyspnea', H), ('dysphagia', H)]),
(140017, '2021-08-30', 'Long-COVID-Sprechstunde', """Post-COVID seit 11/2020. Herzrasen beim Aufstehen, Schwindel im Stehen, Crashs nach Belastung (schon 20 Min. Spazierengehen).
Schellong: HF-Anstieg um 38/min ohne RR-Abfall.
Beurteilung: POTS bei Long COVID, PEM.
Procedere: Kompressionsstrümpfe, Salz und Flüssigkeit, Pacing. Ivabradin erwägen.""",
 [('palpitations', A), ('dizziness', A), ('pem', A), ('pots', A)]),
(140004, '2021-09-13', 'Telefonkonsultation', """Tel. Rückruf: Triptan wirkt gut, Attacke nach 2 Std. abgeklungen. Seither kopfschmerzfrei. Keine Übelkeit mehr.
Procedere: weiter Kopfschmerzkalender, Prophylaxe bei > 3 Attacken/Monat besprechen.""",
 [('headache', N), ('nausea', N)]),
(140002, '2021-10-04', 'Sprechstunde', """Kontrolle: Thoraxschmerzen vollständig abgeklungen. Blutdruck zu Hause 135-145/85-90.
Anamnese: Keine Kopfschmerzen, kein Schwindel, kein Nasenbluten.
Befund: RR 148/92 re., 146/90 li.
Beurteilung: Arterielle Hypertonie, Erstdiagnose.
Procedere: Ramipril 2,5 mg, Blutdruckprotokoll, Kontrolle in 4 Wochen. NW (Reizhusten, Schwindel) besprochen.""",
 [('chest_pain', N), ('headache', N), ('dizziness', N), ('epistaxis', N), ('cough', H), ('dizziness', H)]),
(140006, '2021-10-18', 'Sprechstunde', """Kontrolle nach HWI. Pat. wieder orientiert, laut Tochter wie früher. Sturz nicht mehr aufgetreten.
Aber: Schwankschwindel beim Gehen, Gangunsicherheit, benutzt jetzt Rollator.
Befund: Romberg unsicher, Timed-up-and-go 18 s.
Beurteilung: Multifaktorielle Gangunsicherheit, Sturzrisiko erhöht.
Procedere: Physiotherapie (Gang- und Gleichgewichtstraining), Überprüfung Medikation.""",
 [('fall', N), ('dizziness', A)]),
(140009, '2021-11-08', 'Sprechstunde', """Husten seit 3 Wochen persistierend, trocken, v.a. nachts. Kein Fieber, kein Auswurf, keine Luftnot. Nichtraucher.
Befund: Pulmo: vereinzelt Giemen, sonst frei. SpO2 98 %.
Beurteilung: Postinfektiöser Reizhusten, DD hyperreagibles Bronchialsystem.
Procedere: Salbutamol b.B., bei Persistenz > 8 Wochen Lungenfunktion.""",
 [('cough', A), ('fever', N), ('sputum', N), ('dyspnea', N), ('wheeze', A)]),
(140001, '2021-11-15', 'Long-COVID-Sprechstunde', """Verlauf Post-COVID (10 Mon.).
Fatigue deutlich gebessert, arbeitet wieder 20 Std./Woche. Keine PEM mehr seit Sommer. Belastungsdyspnoe nicht mehr vorhanden.
Weiterhin Konzentrationsstoerungen am Nachmittag, Parosmie gebessert.
Schlaf gut.
Beurteilung: Post-COVID-Syndrom, deutlich regredient.
Procedere: stufenweise Wiedereingliederung, Kontrolle in 3 Monaten.""",
 [('fatigue', A), ('pem', N), ('doe', N), ('poor_conc', A), ('smell_taste', A)]),
(140007, '2021-12-06', 'Sprechstunde', """Verlauf Long COVID. Riechen besser, Geschmack wieder normal. Konzentration weiterhin eingeschränkt, vergesslich (Termine).
Schläft schlecht, Tagesmüdigkeit.
Kein Schwindel, keine Kopfschmerzen.
Procedere: Neuropsychologischer Befund steht aus, Schlafhygiene besprochen. WV in 6 Wochen.""",
 [('reduced_conc', A), ('memory', A), ('diff_sleep', A), ('hypersomnia', A), ('dizziness', N), ('headache', N)]),
(140010, '2022-01-10', 'Sprechstunde', """Verlauf depressive Episode unter Sertralin 100 mg.
Stimmung besser, schläft besser, Appetit normal. Noch rasche Ermüdbarkeit. Libido vermindert (NW?).
Befund: Stimmung ausgeglichener, PHQ-9: 8.
Procedere: Sertralin weiter, Psychotherapie läuft. WV 6 Wochen, bei Verschlechterung früher.""",
 [('depression', A), ('fatigue', A), ('libido', A)]),
(140011, '2022-01-24', 'Hausbesuch', """Kontrolle nach Dekompensation. Ödeme deutlich rückläufig, Gewicht -4 kg. Keine Ruhedyspnoe, Belastungsdyspnoe NYHA II.
Nykturie 2x. Etwas schwindelig beim Aufstehen.
Befund: Diskrete Knöchelödeme, Pulmo basal frei, HF 78/min arrhythmisch, RR 110/65.
Procedere: Torasemid reduzieren, Laborkontrolle (Kalium, Krea). Bei Zunahme der Ödeme oder Luftnot Rückmeldung.""",
 [('edema', A), ('dyspnea', N), ('doe', A), ('dizziness', A), ('arrhythmia', A), ('edema', H), ('dyspnea', H)]),
(140003, '2022-02-07', 'Sprechstunde', """Kind 5 J., in Begleitung der Mutter.
Seit 3 Tagen Ohrenschmerzen re., Fieber bis 38,8, seit heute fieberfrei. Schnupfen.
Befund: Trommelfell re. gerötet und vorgewölbt, li. unauff.
Dg: Otitis media acuta re.
Th: Ibuprofen-Saft b.B. bei Schmerzen, abschwellende Nasentropfen. Kontrolle in 2 Tagen, bei erneutem Fieber früher.""",
 [('earache', A), ('fever', A), ('fever', N), ('congestion', A), ('fever', H)]),
(140012, '2022-02-21', 'Sprechstunde', """Befundbesprechung: Anti-CCP pos., CRP 18. Rheumatologe bestätigt RA, MTX begonnen.
Aktuell: Gelenkschmerzen gebessert, Morgensteifigkeit noch ca. 30 Min. Übelkeit am Tag nach MTX.
Procedere: Folsäure, Laborkontrollen nach Schema. Bei Fieber, Husten oder Luftnot unter MTX sofort vorstellen.""",
 [('arthralgia', A), ('joint_stiffness', A), ('nausea', A), ('fever', H), ('cough', H), ('dyspnea', H)]),
(140005, '2022-03-07', 'Sprechstunde', """Erneut Rückenschmerzen seit 1 Woche, jetzt mit Ausstrahlung ins re. Bein bis in den Fuß, Kribbeln am Fußrücken. Keine Lähmung.
Z.n. Lumbago 03/2021.
Befund: Lasègue re. pos. bei 40°, Fußheberkraft 5/5, ASR re. abgeschwächt.
Beurteilung: Lumboischialgie re., V.a. Bandscheibenvorfall L5/S1.
Procedere: Analgesie, Physiotherapie, MRT LWS bei Persistenz > 4 Wochen oder Kraftminderung.""",
 [('back_pain', A), ('paresthesia', A), ('lbp', Hi), ('neuralgia', A), ('lbp', A), ('muscle_weakness', H)]),
(140013, '2022-03-21', 'Sprechstunde', """Befundbesprechung: Langzeit-EKG ohne relevante Rhythmusstörungen, vereinzelte VES. TSH normal.
Pat. weiterhin mit Panikattacken, Angst vor erneuter Attacke, meidet Bus und Bahn. Schlafstörungen.
Beurteilung: Panikstörung mit Agoraphobie.
Procedere: Überweisung Psychotherapie, Escitalopram 5 mg.""",
 [('arrhythmia', N), ('arrhythmia', A), ('panic', A), ('fear', A), ('sleep_disorder', A)]),
(140014, '2022-04-04', 'Telefonkonsultation', """Tel.: Durchfall seit 2 Tagen abgeklungen, kein Erbrechen mehr. Noch etwas schlapp, isst wieder.
Trinkt ausreichend, Stuhl wieder geformt.
AU bis Mittwoch verlängert. Schonkost für einige Tage.""",
 [('diarrhea', N), ('vomiting', N), ('fatigue', A)]),
(140016, '2022-04-19', 'Sprechstunde', """Quaddeln vollständig abgeklungen, kein Juckreiz mehr. Cetirizin abgesetzt.
Heuschnupfen bekannt, aktuell Niesreiz und juckende Augen.
Procedere: Allergietestung beim HNO-FA. Cetirizin b.B.""",
 [('urticaria', N), ('itching', N), ('itching', A)]),
(140017, '2022-05-09', 'Long-COVID-Sprechstunde', """Verlauf POTS. Unter Ivabradin Herzrasen deutlich weniger, Schwindel beim Aufstehen nur noch morgens.
Weiterhin Fatigue, PEM nach Arbeitstagen. Schlaf nicht erholsam.
Neu: Kribbeln in beiden Haenden, keine Schwaeche.
Procedere: Vit. B12, Neurologie bei Persistenz.""",
 [('palpitations', A), ('dizziness', A), ('fatigue', A), ('pem', A), ('sleep_abn', A), ('paresthesia', A), ('asthenia', N), ('pots', A)]),
(140008, '2022-05-23', 'Sprechstunde', """Periode seit einem halben Jahr unregelmäßig, Zyklus 21-45 Tage, starke Regelblutung mit Koageln, Regelschmerzen.
Müdigkeit. Kein Gewichtsverlust.
Befund: blass, Hb 10,2, Ferritin 8.
Beurteilung: Eisenmangelanämie bei Hypermenorrhoe.
Procedere: Eisensubstitution, gynäkologische Abklärung.""",
 [('irregular_periods', A), ('menorrhagia', A), ('dysmenorrhea', A), ('fatigue', A), ('weight_loss', N)]),
(140001, '2022-07-04', 'Long-COVID-Sprechstunde', """Abschlussgespraech Post-COVID.
Arbeitet wieder Vollzeit. Keine Fatigue mehr, keine Luftnot, Geruch normal.
Gelegentlich Wortfindungsstoerungen bei Stress.
Procedere: Wiedervorstellung bei Bedarf.""",
 [('fatigue', N), ('dyspnea', N), ('cognition', A)]),
(140006, '2022-07-25', 'Hausbesuch', """Hausbesuch nach erneutem Sturz gestern Abend, auf dem Weg zur Toilette gestolpert. Kopf nicht angeschlagen, keine Bewusstlosigkeit. Hämatom re. Hüfte, Gehen unter Schmerzen möglich.
Befund: keine Beinverkürzung, Hüfte frei beweglich, Druckschmerz Trochanter re.
Procedere: Röntgen Becken z.A. einer Fraktur. Hausnotruf empfohlen.""",
 [('fall', A), ('syncope', N), ('bruising', A)]),
(140010, '2022-08-08', 'Sprechstunde', """Stimmung stabil, euthym. Schläft gut. Psychotherapie abgeschlossen.
Sertralin-Ausschleichen besprochen.
Procedere: Reduktion auf 50 mg, Kontrolle in 4 Wochen, bei erneuter Niedergeschlagenheit oder Schlafstörungen früher.""",
 [('low_mood', N), ('low_mood', H), ('sleep_disorder', H)]),
(140007, '2022-09-05', 'Sprechstunde', """Neuropsych. Befund: leichte kognitive Störung, am ehesten post-COVID. Geruch noch vermindert (Hyposmie).
Pat. fuehlt sich belastbarer, Tagesmuedigkeit weniger.
Procedere: kognitives Training, Ergotherapie.""",
 [('mci', A), ('hyposmia', A), ('hypersomnia', A)]),
(140003, '2022-10-10', 'Sprechstunde', """Kind 5 J. mit Mutter. Seit 1 Woche bellender Husten nachts, heute Nacht inspiratorischer Stridor, jetzt besser. Fieber 38,2.
Befund: kein Stridor in Ruhe, keine Einziehungen, SpO2 99 %.
Dg: Pseudokrupp.
Th: Dexamethason-Saft einmalig. Bei Atemnot oder erneutem Stridor Notaufnahme.""",
 [('cough', A), ('fever', A), ('dyspnea', H)]),
(140002, '2022-11-07', 'Sprechstunde', """Blutdruck unter Ramipril gut eingestellt (130/80). Seit 4 Wochen trockener Reizhusten, v.a. nachts.
Kein Fieber, keine Luftnot, kein Auswurf.
Beurteilung: Reizhusten am ehesten als NW von Ramipril.
Procedere: Umstellung auf Candesartan 8 mg. Kontrolle 4 Wochen.""",
 [('cough', A), ('fever', N), ('dyspnea', N), ('sputum', N)]),
(140012, '2022-11-21', 'Sprechstunde', """RA unter MTX in Remission. Keine Gelenkschmerzen, keine Morgensteifigkeit.
Neu: Haarausfall leicht, keine Übelkeit mehr.
Labor: Transaminasen normal.
Procedere: MTX weiter, Kontrolle 3 Monate.""",
 [('arthralgia', N), ('joint_stiffness', N), ('nausea', N)]),
(140017, '2022-12-12', 'Long-COVID-Sprechstunde', """Verlauf: Herzrasen kaum noch, Schwindel nur bei Hitze. Fatigue bessert sich langsam, PEM seltener. Arbeitet 50 %.
Kribbeln in den Haenden abgeklungen, B12 war niedrig, substituiert.
Procedere: Ivabradin weiter, Reha-Antrag gestellt.""",
 [('palpitations', A), ('dizziness', A), ('fatigue', A), ('pem', A), ('paresthesia', N)]),
(140013, '2023-01-16', 'Telefonkonsultation', """Tel.: Unter Escitalopram seit 6 Wochen keine Panikattacken mehr, weniger aengstlich. Anfangs Übelkeit, jetzt nicht mehr.
Faehrt wieder Bus. Psychotherapie begonnen.
Procedere: Escitalopram weiter, WV in 3 Monaten.""",
 [('panic', N), ('anxiety', A), ('nausea', N)]),
(140014, '2023-02-13', 'Sprechstunde', """Seit 3 Monaten wechselnde Stuhlkonsistenz, Blähungen und krampfartige Unterbauchschmerzen, Besserung nach Stuhlgang. Kein Gewichtsverlust, kein Blut im Stuhl, kein Nachtschweiß.
Befund: Abdomen weich, Meteorismus.
Labor: Calprotectin normal.
Beurteilung: am ehesten Reizdarmsyndrom.
Procedere: Ernährungstagebuch, Flohsamen. Bei Gewichtsverlust oder Blut im Stuhl Koloskopie.""",
 [('bloating', A), ('cramps', A), ('weight_loss', N), ('weight_loss', H)]),
(140011, '2023-03-06', 'Hausbesuch', """Seit 2 Tagen zunehmende Verwirrtheit laut Ehefrau, schläft viel, isst kaum. Husten mit gelblichem Auswurf, Temp 38,6.
Befund: RGs re. basal, AF 24/min, SpO2 90 %, Beinödeme unverändert.
Beurteilung: V.a. Pneumonie re. mit Delir, Herzinsuffizienz.
Procedere: Einweisung KH.""",
 [('confusion', A), ('hypersomnia', A), ('appetite', A), ('cough', A), ('sputum', A), ('edema', A), ('delirium', U)]),
(140016, '2023-04-17', 'Sprechstunde', """Seit dem Winter rote, juckende, schmerzhafte Schwellungen an den Zehen bei Kälte. Frostbeulen als Kind bekannt.
Kein Fieber, keine Gelenkschmerzen.
Befund: livide Knoten Zehen D2-D4 bds.
Beurteilung: Perniones.
Procedere: Warmhalten, Kontrolle bei Persistenz im Frühjahr.""",
 [('itching', A), ('chilblains', Hi), ('chilblains', A), ('fever', N), ('arthralgia', N)]),
(140005, '2023-05-22', 'Sprechstunde', """Beim Fahrradfahren gestürzt, auf li. Handgelenk gefallen. Schmerzen und Schwellung li. Handgelenk.
Keine Kopfverletzung, kein Schwindel, keine Übelkeit.
Befund: Druckschmerz Tabatière li.
Procedere: Röntgen Handgelenk z.A. Scaphoidfraktur, Unterarmschiene.""",
 [('fall', A), ('dizziness', N), ('nausea', N)]),
(140008, '2023-07-10', 'Sprechstunde', """Kontrolle Eisenmangel: Hb 12,8. Keine Muedigkeit mehr. Periode unter Gestagen regelmaessig, Blutung schwach.
Procedere: Eisen absetzen, Kontrolle in 6 Monaten.""",
 [('fatigue', N)]),
(140004, '2023-09-18', 'Sprechstunde', """Migraene zuletzt 4-5 Attacken/Monat mit Erbrechen, AU-Tage. Zwischen den Attacken beschwerdefrei.
Kein Medikamentenuebergebrauch (Triptan 6 Tage/Monat).
Beurteilung: Episodische Migräne, Prophylaxe indiziert.
Procedere: Metoprolol 47,5 mg, Kopfschmerzkalender. NW besprochen: Müdigkeit, Schwindel.""",
 [('migraine', A), ('vomiting', A), ('fatigue', H), ('dizziness', H)]),
(140015, '2023-11-13', 'Sprechstunde', """Grippeschutzimpfung. Seit 2 Tagen leichte Halsschmerzen, kein Fieber.
Befund: Rachen leicht gerötet, sonst o.B.
Procedere: Impfung verschoben, symptomatische Therapie.""",
 [('sore_throat', A), ('fever', N)]),
]


def main():
    notes = sorted(NOTES, key=lambda n: (n[1], n[0]))
    assert len(notes) == 50, len(notes)
    persons = {n[0] for n in notes}
    assert 15 <= len(persons) <= 20
    write_part('de', 40001, [(pid, date, title, text, [(C[k], s) for k, s in ms]) for pid, date, title, text, ms in notes])


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Build corpus-sample/notes.csv: synthetic UK GP free-text notes for symptext.

Every note is invented for this project (no real patient data). About 75 notes
are written out in full below (HAND); the rest are composed from hand-written
fragments by scenario functions, with a fixed seed so the output is
deterministic. Standard library only.

    python3 corpus-sample/make_sample.py            # writes notes.csv beside it
    python3 corpus-sample/make_sample.py --drafts F # also writes draft mentions (JSONL)

The draft mentions are only what the composer inserted; gold.jsonl is annotated
separately, by reading each chosen note (see build_gold.py).
"""
import csv
import datetime as dt
import json
import os
import random
import subprocess
import sys

SEED = 20240611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

START = dt.date(2020, 1, 2)
END = dt.date(2023, 12, 29)
COVID_START = dt.date(2020, 3, 16)
LONGCOVID_START = dt.date(2020, 9, 1)

# ---------------------------------------------------------------------------
# Hand-written notes.  person: a fixed series key (same person, notes in date
# order) or None (any person of that sex/band).  band: child/adult/older.
# ---------------------------------------------------------------------------
HAND = []


def H(title, sex, band, text, person=None, date=None, after=None, before=None):
    HAND.append(dict(title=title, sex=sex, band=band, text=text.strip(),
                     person=person, date=date, after=after, before=before))


H("Telephone consultation", "F", "adult", """
T/C. c/o sore throat and blocked nose 3/7, mild dry cough. No fever, no SOB. Eating and drinking ok. LFT -ve.
Imp: viral URTI.
Plan: fluids, paracetamol, salt water gargles. Return if fever, difficulty swallowing or not settling in 7/7.
""", after="2021-04-01")

H("Long COVID clinic", "F", "adult", """
Long COVID clinic – initial assessment
COVID+ (PCR) Nov 2020, managed at home. Since then persistent fatigue, worse after activity – describes "crashing" for 2-3 days after a supermarket shop (PEM). Brain fog, struggling to find words at work. SOBOE on stairs. Palpitations on standing, HR 88 lying → 124 standing on home monitor. Lost sense of smell initially, returned ~Feb, but taste still altered (coffee tastes "like petrol").
No chest pain. No syncope.
PMH: asthma (well controlled). FH: nil relevant.
Imp: post-COVID syndrome, ?POTS.
Plan: bloods (FBC, U&E, TFT, ferritin, B12), ECG, 10-min lean test, pacing advice, OT referral.
""", person="LC1", date="2021-05-12")

H("Long COVID clinic", "F", "adult", """
Long COVID f/u (video). Lean test: HR rise 38 bpm at 10 min, no orthostatic hypotension – consistent with POTS. Started fluids 2-3L/day, salt, compression tights. Pacing helping a bit, fewer crashes after exertion. Still TATT and brain fog, concentration poor at work; phased return agreed with OH. Difficulty sleeping, waking 3-4am most nights.
Plan: cardiology A&G re ivabradine, r/v 6/52.
""", person="LC1", date="2021-08-19")

H("Long COVID clinic", "F", "adult", """
Long COVID clinic – discharge. Much improved. Back at work full time since March. Occasional palpitations if dehydrated, manages with fluids. Fatigue now mild, no further crashes after exertion. Brain fog resolved over the winter. Off ivabradine since Jan.
Discharged to GP with advice; re-refer if relapse.
""", person="LC1", date="2022-05-26")

H("GP consultation", "F", "adult", """
Pill check. BP 118/74, BMI 24. Non-smoker. No migraines with aura, no FH of VTE. Happy with Microgynon, no breakthrough bleeding.
Plan: continue, 12/12 supply.
""", person="LC1", date="2020-02-14")

H("Home visit", "M", "older", """
Seen at home with daughter. Fall yesterday evening – tripped on hall rug, no head injury, got himself up. Tender L hip, weight-bearing, FROM. Denies dizziness before the fall, no palpitations, no CP.
PMH: T2DM, HTN, OA knees. Lives alone, independent.
O/E: L/S BP 142/80 → 138/78. Hip NAD. CVS/RS NAD.
Plan: falls clinic referral, OT home assessment, review amlodipine. Daughter to call if confusion or further falls.
""", person="OLD1", date="2022-01-11")

H("Telephone consultation", "M", "older", """
Daughter phoned. Dad more muddled over last 2 days, not himself, wet the bed twice which is new. No cough. Eating less.
Arranged same-day visit – see separate entry.
""", person="OLD1", date="2022-11-03")

H("Home visit", "M", "older", """
HV. Known to me. Disorientated to time and place, more confused than baseline per daughter. Febrile 38.1°C, HR 96, BP 128/70, sats 96%. Chest clear. Abdo soft, suprapubic tenderness. Urine dip nit+ leu++. New urinary incontinence 2/7.
Imp: delirium ?UTI.
Plan: MSU, nitrofurantoin (eGFR 58), fluids, daughter staying tonight. If more drowsy or not eating/drinking – 999/111.
""", person="OLD1", date="2022-11-03")

H("Telephone consultation", "F", "adult", """
Tel: 3/7 dysuria, frequency, urgency. No haematuria. No loin pain, no fever or rigors. Not pregnant. No vaginal discharge.
Imp: uncomplicated lower UTI.
Plan: nitrofurantoin MR 100mg BD 3/7. Safety-netted – if fever, loin pain or vomiting to call back / 111.
""")

H("GP consultation", "M", "child", """
Mum brought 4yo in. 2/7 L earache, pulling at ear, fever 38.4 at home last night, off his food. Brother had earache last week.
O/E: T 37.6, L TM red and bulging, R TM NAD. Throat mildly inflamed. Chest clear.
Imp: L AOM.
Plan: regular paracetamol/ibuprofen, delayed script amoxicillin. Return if not improving in 3/7, ear discharge, or becomes lethargic.
""", person="KID1", date="2021-02-08")

H("Telephone consultation", "M", "child", """
Phone call with mum. Cough 5/7, barky at night, hoarse voice. No stridor at rest, no difficulty breathing, no fever today. Eating ok.
Imp: mild croup, improving.
Plan: reassured, steam not advised. Call 999 if stridor at rest or working hard to breathe.
""", person="KID1", date="2022-10-17")

H("GP consultation", "F", "adult", """
Review of low mood. PHQ-9 14 (was 19). Sertraline 100mg, tolerating. Sleep improved, some insomnia with early waking. Anxiety less, no panic attacks since last review. No thoughts of self-harm; protective factors: children, dog. Back at work part-time.
Plan: continue sertraline, re-refer talking therapies, r/v 4/52. Crisis numbers given.
""", person="MH1", date="2021-10-05")

H("GP consultation", "F", "adult", """
Feels her mood has dropped again since the clocks changed. Low mood, tearful, poor concentration, comfort eating. Mother had depression, on antidepressants for years. Hypersomnia – sleeping 10-11h and still tired.
PHQ-9 16. No SI.
Plan: increase sertraline to 150mg, light box, r/v 2/52.
""", person="MH1", date="2022-11-14")

H("GP consultation", "M", "adult", """
c/o central chest pain on exertion x 2/52, tight, radiates to L arm, settles with rest within 5 mins. SOBOE. No chest pain at rest. Ex-smoker 30 pack yrs. FH: father MI at 52.
O/E: HS I+II+0, chest clear, BP 158/92, no ankle oedema.
ECG: SR 78, no acute changes.
Imp: ?stable angina.
Plan: RACPC referral, GTN spray, aspirin 75mg. If chest pain at rest or lasting >15 mins call 999.
""", person="CV1", date="2020-02-03")

H("Chronic disease review", "M", "adult", """
CHD annual review. Stent LAD 2020. No chest pain since, no breathlessness, walks 2 miles daily. No palpitations.
BP 126/76, LDL 1.6. On bisoprolol, ramipril, atorvastatin 80, clopidogrel.
Plan: continue, lipids 12/12.
""", person="CV1", date="2022-03-21")

H("Medication review", None, "adult", """
Medication review. BP 132/84, HR 72 reg. U&E and lipids satisfactory. Continue ramipril 5mg and atorvastatin 20mg. Next review 12/12.
""")

H("Telephone consultation", None, "adult", """
Telephone call re results. HbA1c 52 (was 58). eGFR 78. Lipids ok. Pt happy with progress, continues metformin. Diet and exercise advice reinforced. Recall 6/12.
""")

H("GP consultation", None, "older", """
Fit note extension requested via eConsult. Recovering from R TKR (op 14/03), physio ongoing, making good progress. Fit note issued 4/52, not fit for work. No concerns raised.
""")

H("GP consultation", "F", "adult", """
D&V since Sat, approx 6 loose stools/day, vomited x3 yesterday. Crampy tummy pains before BO. No blood PR. Partner also unwell with D&V – ate at the same restaurant. Keeping fluids down now, PU ok.
Imp: ?food poisoning.
Plan: oral rehydration, stool sample, off work 48h after last episode. Return if blood in stool or unable to keep fluids down.
""")

H("GP consultation", "M", "adult", """
LBP 1/52 after lifting boxes moving house. Worse bending, eased by walking. No leg pain, no numbness/tingling. No saddle anaesthesia, no bladder/bowel disturbance. Previous episode of low back pain 2018 settled with physio.
O/E: paraspinal tenderness L4-5, SLR 80° bilat, power/reflexes normal.
Imp: mechanical LBP.
Plan: naproxen, keep active, self-referral physio. Safety-netted re cauda equina symptoms.
""")

H("GP consultation", "F", "child", """
15F with mum. Headaches 3/12, frontal, pressing, end of the school day, worse with screen use. Occasionally nauseated, no vomiting. No visual disturbance. Mum and sister both get migraines. Using paracetamol 4-5 days/week.
O/E: fundi NAD, neuro exam normal, BP 112/70.
Imp: tension-type headache + possible medication overuse.
Plan: headache diary, cut down analgesics, optician. Red flags discussed.
""")

H("Practice nurse appointment", None, "adult", """
Asthma review. Using salbutamol 3-4x/week, more since a cold 2/52 ago. Night cough, wheeze in cold air. No admissions. Inhaler technique poor – spacer given. ACT 16. PEFR 380 (best 450).
Plan: step up to MART (Symbicort 200/6), PAAP updated, r/v 6/52. Advised to seek urgent help if too breathless to speak.
""")

H("Chronic disease review", "M", "older", """
COPD annual review. MRC 3. SOB walking 100 yards on the flat, chronic cough with white sputum most mornings, no change in colour. 2 exacerbations this year (pred/abx x2). Still smoking 10/day – declined referral. Ankles swell by the evening.
O/E: sats 94% RA, scattered wheeze, mild pitting oedema to mid-shin.
Plan: rescue pack issued, pulmonary rehab referral, check BNP.
""")

H("Video consultation", "F", "adult", """
Video consult. Panic attacks 2-3/week since redundancy – racing heart, tingling in fingers, feels she can't breathe, lasts 10-15 min. Seen in ED last month, ECG & bloods normal. Not sleeping well, poor appetite. Drinking 2-3 glasses of wine/night. No SI.
Imp: panic disorder, anxiety.
Plan: self-referral CBT, discussed SSRI – wants to think about it. Alcohol advice. r/v 2/52.
""", after="2020-04-01")

H("GP consultation", "M", "adult", """
c/o difficulty sleeping for 6 months – takes 2h to fall asleep, then wakes at 4am. Tired during the day, irritable. Shift worker (nights alternate weeks). 5-6 coffees/day. Mood ok.
Imp: insomnia, likely circadian/caffeine related.
Plan: sleep hygiene, Sleepio, no caffeine after midday. Avoid hypnotics. r/v 4/52.
""")

H("GP consultation", "M", "adult", """
Locum note. Pt c/o diarrhea and abdominal pain x5 days after trip to Morocco. No fever. No blood in stool. Some nausea, tolerating fluids. Travel companion is well.
Exam: abdomen soft, mild diffuse tenderness, BS normal.
Assessment: likely traveler's diarrhea.
Plan: stool MC&S + O&P, hydration, loperamide PRN. Call back if fever or bloody stools.
""")

H("Telephone consultation", "F", "child", """
Phone call with Dad. 8mo, cough and runny nose 4/7, feeding ok, wet nappies ok. No fever today. No breathing difficulty reported.
Seen F2F: RR 38, sats 97%, mild subcostal recession, scattered crackles, no wheeze.
Imp: mild bronchiolitis.
Plan: saline drops, small frequent feeds. Safety-net leaflet given; call 999 if pauses in breathing or struggling to breathe.
""")

H("GP consultation", "F", "adult", """
Itchy raised rash all over since yesterday, comes and goes – started after new washing powder? No lip/tongue swelling, no wheeze, no SOB. Had hives as a child.
O/E: widespread urticarial wheals, no angioedema, obs normal.
Imp: acute urticaria.
Plan: cetirizine 10mg BD, stop new detergent. If any lip swelling or breathing difficulty call 999.
""")

H("GP consultation", "F", "adult", """
TATT 2/12. Sleeping 9-10h, wakes unrefreshed. Heavy periods (changing pad 2-hourly day 1-2). No weight loss or loss of appetite. No night sweats. Vegetarian.
Imp: ?iron deficiency anaemia.
Plan: FBC, ferritin, TFT, coeliac screen, B12/folate. Review with results.
""")

H("GP consultation", None, "older", """
Dizzy spells 1/52 – room spinning when turning over in bed or looking up, lasts < 1 min. Some nausea. No hearing loss, no tinnitus, no headache, no diplopia or slurred speech.
O/E: Dix-Hallpike +ve R with torsional nystagmus. Neuro exam otherwise normal.
Imp: R BPPV.
Plan: Epley manoeuvre performed, felt better after. Brandt-Daroff leaflet.
""")

H("Long COVID clinic", "M", "adult", """
Long COVID clinic. 34M, COVID Jan 2021. Main issue is distorted smell (parosmia) – food smells rotten, coffee and onions unbearable; has lost 4kg. Smell completely lost initially, now reduced sense of smell plus the distortion. Also headaches 2-3x/week. Energy back to normal, running again. No breathlessness.
Plan: smell training (rose, lemon, clove, eucalyptus) BD 12/52, ENT referral if no improvement, dietitian.
""", person="LC2", date="2021-09-07")

H("Long COVID clinic", "M", "adult", """
LC review (tel). Smell training – some improvement, parosmia less intrusive, weight stable. Headaches settled with amitriptyline 10mg. Now reports tinnitus R ear, intermittent, no hearing loss.
Plan: continue smell training, audiology referral, r/v 3/12.
""", person="LC2", date="2022-01-25")

H("Chronic disease review", None, "adult", """
HTN review. Home BP avg 138/86. No headaches, no chest pain, no SOB. Tolerating amlodipine but mild ankle swelling noted – switch to lercanidipine. U&E ok.
""")

H("Chronic disease review", "M", "older", """
T2DM review. HbA1c 71. Tingling and burning in both feet, worse at night, 3/12. Foot check: monofilament reduced to mid-foot bilat, pulses palpable, no ulcers. Vision blurry at times – last retinal screen 2021.
Plan: add gliclazide, podiatry referral, chase retinal screening, amitriptyline 10mg nocte.
""", after="2022-01-01")

H("GP consultation", "F", "adult", """
Palpitations on and off for 3 weeks – fluttering, a few seconds at a time, worse with caffeine and at night. No syncope, no chest pain. Not SOB. FH: nil cardiac. Anxious about it.
O/E: pulse 76 regular, HS normal. ECG: SR, normal intervals.
Imp: palpitations, likely benign.
Plan: bloods (TFT, FBC, U&E, Mg), 7-day Holter, reduce caffeine. If blackout/faint or chest pain – 999.
""")

H("GP consultation", "F", "older", """
R knee pain 6/12, worse on stairs and after walking the dog. Stiff in the mornings ~10 min. No locking/giving way. H/o gout (2017, none since). No fever.
O/E: crepitus, small effusion, no warmth, ROM 5-110°.
Imp: OA knee.
Plan: X-ray, physio, topical NSAID, weight loss advice.
""")

H("GP consultation", "F", "adult", """
Neck and shoulder ache 3/12, desk job, 10h days at laptop. Headaches at the end of the day. No arm weakness, occasional pins and needles R hand.
O/E: tender trapezius bilat, reduced L rotation, UL neuro intact.
Imp: mechanical neck pain.
Plan: workstation assessment, physio self-referral, ibuprofen gel.
""")

H("Chronic disease review", "F", "adult", """
Fibromyalgia review. Worse in the cold, sleep unrefreshing. Fatigue limiting – works 3 days/week. Mood low at times, not depressed. Duloxetine 60mg helping somewhat.
Plan: continue duloxetine, pain management programme referral, gentle exercise (hydrotherapy).
""")

H("GP consultation", "F", "adult", """
22F. Periods irregular since menarche, cycles 35-90 days. Painful periods, misses 1 day of uni per month. Acne, excess hair on chin. BMI 29. No galactorrhoea.
Imp: ?PCOS.
Plan: bloods day 2-5 (LH, FSH, testosterone, SHBG, prolactin, TFT), pelvic USS. Discussed COCP.
""")

H("GP consultation", "F", "adult", """
51F. Hot flushes and night sweats 6/12, sleep disturbed, waking 3-4 times a night. Low libido, joint aches, brain fog at work ("can't think straight in meetings"). LMP 5/12 ago. Mood ok. Not keen on HRT initially.
Imp: perimenopause.
Plan: HRT discussed (oestrogel + utrogestan), leaflet, r/v 3/12.
""")

H("GP consultation", "M", "older", """
Seen with son. Increasingly forgetful over 18 months, repeating questions, missed bills. Got lost driving to a familiar place once. Still independent ADLs. Son worried as his grandmother (pt's mother) had dementia. No low mood. No falls.
MoCA 22/30.
Imp: ?mild cognitive impairment vs early dementia.
Plan: dementia screen bloods, memory clinic referral, DVLA advice.
""")

H("GP consultation", "M", "adult", """
Epilepsy review. No seizures in the last 12 months. Last seizure Aug 2019 after missed doses. Taking levetiracetam 750mg BD, no side effects. Driving again. Discussed SUDEP and alcohol.
Plan: continue, annual review.
""", after="2020-10-01")

H("GP consultation", "M", "older", """
Cough 6/52, not settling. One episode of haemoptysis last week (streaks). Weight loss 5kg unintentional, appetite poor. Ex-smoker 40 pack yrs. No chest pain.
O/E: sats 95%, reduced air entry L base, clubbing.
Imp: ?lung cancer.
Plan: urgent CXR today, 2WW lung referral.
""", after="2021-01-01")

H("Telephone consultation", "F", "older", """
Tel. Food sticking at lower chest level 2/12, solids worse than liquids. Some weight loss (clothes looser). No vomiting. Long-standing reflux.
Imp: progressive dysphagia – red flag.
Plan: 2WW upper GI (OGD) referral. Advised to call back if unable to swallow fluids.
""")

H("GP consultation", "M", "adult", """
Ringing in L ear 2/12 and L hearing reduced. No vertigo, no earache, no discharge. Works in a loud factory, uses ear defenders "mostly".
O/E: TMs NAD, Rinne +ve bilat, Weber lateralises R.
Imp: L sensorineural hearing loss with tinnitus – unilateral.
Plan: urgent audiology, MRI IAMs via ENT.
""")

H("GP consultation", "M", "adult", """
Double vision since yesterday, worse looking to the R. Mild headache behind L eye. No limb weakness, no speech disturbance. T2DM, HTN.
O/E: L ptosis, L eye down and out, pupils equal and reactive.
Imp: ?L 3rd nerve palsy (pupil sparing – ?microvascular).
Plan: same-day eye casualty / neuro referral discussed and accepted.
""")

H("GP consultation", "F", "adult", """
Purple, itchy toes on both feet 2/52 – "COVID toes"? Had a mild cough and fever 4/52 ago, not tested. Otherwise well.
O/E: violaceous macules on toes, no ulceration, peripheral pulses present.
Imp: chilblain-like lesions, possibly post-COVID.
Plan: keep feet warm, emollient, photo for records, r/v if ulcerates.
""", after="2020-05-01", before="2020-12-31")

H("GP consultation", "F", "adult", """
IBS follow-up. Bloating most evenings, alternating constipation/diarrhoea, abdo pain relieved by opening bowels. FIT negative, coeliac serology negative, CRP normal. No weight loss, no rectal bleeding.
Plan: low FODMAP via dietitian, mebeverine PRN, peppermint oil. Return if weight loss or bleeding.
""")

H("Telephone consultation", "M", "adult", """
Tel consult. Epigastric pain and heartburn 6/52, worse after meals and lying flat. No dysphagia, no vomiting, no melaena. Drinks 20u/week, takes ibuprofen for knee.
Imp: dyspepsia ?NSAID related.
Plan: stop ibuprofen, lansoprazole 30mg 4/52, H. pylori stool antigen. If black stools – A&E.
""")

H("GP consultation", "F", "adult", """
Restless legs in the evenings 4/12, urge to move, relieved by walking around, causing difficulty sleeping. 28/40 pregnant. No cramps.
Imp: RLS in pregnancy.
Plan: check ferritin, sleep hygiene, leg stretches; usually resolves after delivery.
""")

H("GP consultation", "F", "older", """
Sudden electric shock-like pains R cheek/jaw, seconds at a time, triggered by brushing teeth and cold wind, 3/52. Dentist found nothing. No facial numbness.
Imp: R trigeminal neuralgia.
Plan: carbamazepine 100mg BD titrate, U&E/FBC, r/v 2/52.
""")

H("GP consultation", "M", "adult", """
Ex-army, 2 tours Afghanistan. Flashbacks, hypervigilant, avoids crowds. Had TF-CBT via Op COURAGE in 2019 with good effect; symptoms returned after a car crash in Oct. Poor sleep, 3-4h a night. Irritable with family. Drinking more.
Imp: PTSD – relapse.
Plan: re-refer Op COURAGE, sleep hygiene, alcohol advice, r/v 2/52.
""", after="2021-02-01")

H("GP consultation", "M", "older", """
78M. Weight loss ~6kg over 3/12, off his food, feels weak. No abdo pain, no change in bowel habit, no dysphagia, no cough. Wife says he is more tired.
O/E: looks thin, abdo soft, no masses, no LN.
Plan: bloods incl. CA19-9? discussed, FIT, CXR. Low threshold for CT.
""")

H("GP consultation", "F", "child", """
9yo with Mum. Recurrent nosebleeds from R nostril, 3-4/month, stop with pressure within 10 min. No easy bruising, no bleeding gums. Mum also had nosebleeds as a child.
O/E: prominent vessels Little's area R. Nil else.
Plan: Naseptin cream 2/52, first aid advice; ENT referral for cautery if persists.
""")

H("GP consultation", "F", "adult", """
Teacher. Hoarse voice 3/52 after a cold, worse by Friday. No dysphagia, no stridor, no weight loss. Non-smoker. No cough now.
Imp: likely voice strain post-viral laryngitis.
Plan: voice rest, hydration, SALT leaflet. If hoarseness persists beyond 6 weeks – 2WW ENT.
""")

H("Telephone consultation", "M", "adult", """
COVID-19 telephone triage. Fever since Tue, new continuous cough, loss of smell and taste. Aching all over. Mild SOB walking upstairs, none at rest. Wife has fever and cough too, daughter well.
Imp: probable COVID-19.
Plan: self-isolate per guidance, test via 119, paracetamol, fluids. Call 999 if breathless at rest, chest pain or confusion.
""", after="2020-03-20", before="2020-06-30")

H("GP consultation", "F", "child", """
16F collapsed in church during a long service, felt hot, lightheaded and sweaty beforehand, brief LOC ~10s, no jerking, no tongue biting. Back to normal immediately. No chest pain or palpitations.
O/E: L/S BP normal, ECG normal (QTc 412).
Imp: vasovagal syncope.
Plan: reassurance, fluids, counter-pressure manoeuvres. Return if syncope on exertion or palpitations.
""")

H("Medication review", "M", "older", """
Med review. On doxazosin, amlodipine, ramipril, indapamide. Feels lightheaded when getting out of bed, nearly fell twice. L/S BP 148/82 → 118/70 after 3 min.
Imp: postural hypotension, polypharmacy.
Plan: stop doxazosin, stand up slowly, r/v BP 2/52.
""")

H("GP consultation", "F", "adult", """
Heavy periods since coil removed 1 year ago, flooding. Bruises easily, gums bleed when brushing. Mum had heavy periods too and "bled a lot" after dental work.
Imp: menorrhagia ?bleeding disorder.
Plan: FBC, ferritin, clotting screen, vWF. Tranexamic acid 1g TDS during periods.
""")

H("GP consultation", "F", "older", """
74F. 6/52 stiffness of both shoulders and hips with aching muscles around them, worst in the mornings (>1h), struggling to get out of a chair. Lethargic. No headache, no jaw claudication, no visual disturbance.
Bloods: ESR 58, CRP 41.
Imp: ?PMR.
Plan: pred 15mg OD, review response 1/52, bone protection.
""")

H("Long COVID clinic", "M", "older", """
Long COVID clinic. 68M, ITU 2020 with COVID pneumonia (ventilated 9 days). Generalised weakness, muscle weakness in thighs – can't get up from low chairs. SOBOE 50m. Myalgia. Memory and concentration poor since discharge. No chest pain. Had delirium on ITU, now resolved. Wife reports he is low in mood and jumpy with loud noises.
Plan: post-ICU rehab referral, PHQ-9/PCL-5 next visit, CT chest review by resp.
""", person="LC3", date="2021-03-30")

H("Long COVID clinic", "M", "older", """
LC f/u. Walking 400m now with stick. Still SOBOE on hills. PCL-5 high – ?PTSD from ICU stay, nightmares of being intubated. Poor sleep. Legs stronger, thigh muscle weakness improving but present.
Plan: trauma-focused psychology referral, continue rehab, r/v 3/12.
""", person="LC3", date="2021-07-13")

H("GP consultation", "F", "adult", """
Needle phobia – severe fear of needles, fainted at last blood test in 2019. Needs bloods for HbA1c. No other concerns.
Plan: lying down for venepuncture, EMLA cream, booked longer slot with HCA.
""")

H("GP consultation", "F", "adult", """
Attends for herself but main concern is husband – recently diagnosed with Long COVID, has fatigue and brain fog, not coping with work. She is well herself, no symptoms. Asking about carer support.
Plan: carer's assessment info, signposted to local carers centre.
""", after="2021-01-01")

H("GP consultation", None, "adult", """
Travel consultation – trekking in Peru, Inca trail. Discussed altitude sickness: if headache, nausea or breathlessness at altitude, stop ascent and descend if worse. Acetazolamide private script. Hep A/typhoid given. Malaria not needed for itinerary.
""")

H("GP consultation", "F", "adult", """
Consulta com intérprete (Portuguese) – Sra. Conceição translating. Pt c/o lower back ache and aching knees 2/12, works 10h shifts in a café, on her feet all day. No trauma. No fever, no weight loss.
O/E: lumbar paraspinal tenderness, knees: no effusion, FROM.
Plan: analgesia, physio self-referral, work adjustments letter.
""")

H("GP consultation", "M", "adult", """
Seen with wife (Zoë). Post-viral fatigue after glandular fever 2/12 ago – tired, aching muscles, sore throat resolved. Wants to return to rugby. No splenomegaly today.
Plan: gradual return, no contact sport for another 4/52, LFTs repeat.
""")

H("Telephone consultation", "F", "adult", """
T/C. Known migraine. Attack started 6am with visual disturbance (zigzag lines) then L-sided throbbing headache, vomited x2. Usual pattern but triptan not working this time. No limb weakness, no fever, no neck stiffness.
Plan: buccal prochlorperazine, naproxen + sumatriptan. If worst-ever headache or new limb weakness – A&E.
""")

H("Telephone consultation", "M", "adult", """
Phoned for sick note – off work 3/7 with "flu", now better. Self-cert covers it. Explained not needed. Nil else.
""")

H("GP consultation", "F", "adult", """
Pt worried re bowel cancer – Dad diagnosed at 61 after months of change in bowel habit and weight loss. She has no symptoms: bowels regular, no bleeding, no abdo pain, weight stable.
Plan: reassured, FH criteria discussed, referred for colonoscopy surveillance per guidelines.
""")

H("Telephone consultation", "M", "adult", """
Rang back re ?shingles. 3/7 burning pain in a band round L side of chest, now blistering rash in the same area. Otherwise well. Photo reviewed: grouped vesicles T6 dermatome.
Imp: herpes zoster.
Plan: aciclovir 800mg 5x/day 7/7, analgesia. Review if pain persists after rash – ?post-herpetic neuralgia.
""")

H("GP consultation", "M", "adult", """
42M, "can’t stop worrying". Anxiety since promotion, chest feels tight, no exertional chest pain. Stomach churning, some nausea in mornings, IBS flaring with loose stools. Sleeping badly. GAD-7 15. Not depressed.
Plan: talking therapies, discussed sertraline, exercise. r/v 3/52.
""")

H("Video consultation", "F", "adult", """
Video. Long COVID – mainly dizziness and heart racing on standing, can't stand in a queue. Tired++. HR 72 lying, 118 standing (home test). Occasional chest pain, sharp, seconds. Periods irregular since COVID.
Imp: likely POTS secondary to COVID-19.
Plan: cardiology referral, fluids/salt, compression. If chest pain persists or blackouts – urgent review.
""", after="2021-06-01")

H("GP consultation", "F", "older", """
Mrs Nowak (Polish, good English). Swollen R calf 3/7, no trauma, after long coach trip. Mild calf pain. No SOB, no chest pain, no haemoptysis.
O/E: R calf 3cm larger, pitting oedema to knee, tender.
Imp: ?DVT – Wells 2.
Plan: apixaban loading dose, same-day DVT clinic for USS.
""")

H("GP consultation", "F", "adult", """
Sore tongue and altered taste since starting clarithromycin – everything tastes metallic. Finished course yesterday. No rash, no SOB.
Plan: reassured – should settle within 1-2/52; return if not.
""")

H("Telephone consultation", "F", "older", """
Carer phoned. Pt had a fall in the bathroom this morning, no injury, carers got her up. Nothing else new – no confusion, eating and drinking. Two falls last year.
Plan: falls risk assessment at next visit, pendant alarm check, GP to call family.
""")


# ---------------------------------------------------------------------------
# Fragments for composed notes.  F(text, mentions...) where a mention is a
# concept key with a status marker suffix: none = affirmed, "-" negated,
# "?" uncertain, ">" hypothetical, "^" historical, "@" family.
# ---------------------------------------------------------------------------
def F(text, *m):
    return (text, list(m))


def pick(pool):
    return R.choice(pool)


def some(pool, lo, hi):
    k = R.randint(lo, min(hi, len(pool)))
    xs = R.sample(pool, k)
    return [x if isinstance(x, tuple) else (x, []) for x in xs]


def maybe(pool, p=0.5):
    return [pick(pool)] if pool and R.random() < p else []


D_SHORT = ["2/7", "3/7", "4/7", "5/7", "1/52", "48h", "3 days", "since Monday", "since the weekend", "x4 days", "since Tues"]
D_MED = ["2/52", "3/52", "10/7", "6/52", "1/12", "2/12", "a few weeks", "4 weeks", "3 wks"]
D_LONG = ["3/12", "6/12", "4 months", "since last year", "over a year", "9/12", "18 months"]
AGO = ["4/12 ago", "5/12 ago", "6 months ago", "8 months ago", "over a year ago", "3/12 ago", "10/12 ago"]


def fill(text):
    out = text
    while "{d}" in out:
        out = out.replace("{d}", R.choice(D_SHORT), 1)
    while "{dm}" in out:
        out = out.replace("{dm}", R.choice(D_MED), 1)
    while "{dl}" in out:
        out = out.replace("{dl}", R.choice(D_LONG), 1)
    while "{ago}" in out:
        out = out.replace("{ago}", R.choice(AGO), 1)
    while "{bp}" in out:
        out = out.replace("{bp}", "%d/%d" % (R.randint(112, 156), R.randint(66, 94)), 1)
    return out


class Style:
    def __init__(self):
        self.nl = R.random() < 0.62
        self.soap = R.random() < 0.12
        self.exam = R.choice(["O/E:", "O/E:", "O/E", "OE:", "Exam:", "On exam:", "o/e"])
        self.imp = R.choice(["Imp:", "Imp:", "Imp -", "Impression:", "Assessment:", "Dx:", "Imp"])
        self.plan = R.choice(["Plan:", "Plan:", "Plan -", "P:", "Mx:", "Plan"])
        self.hx = R.choice(["", "", "", "Hx:", "HPC:", "S/"])
        if self.soap:
            self.hx, self.exam, self.imp, self.plan = "S:", "O:", "A:", "P:"


def lab(label, text):
    if not label:
        return text
    if label.endswith(("/",)):
        return label + " " + text
    return label + " " + text


def compose(sections, st):
    """sections: list of (label, [fragments]) -> (text, mentions)."""
    lines, ms = [], []
    for label, frags in sections:
        frags = [(f, []) if isinstance(f, str) else f for f in frags]
        frags = [f for f in frags if f and f[0]]
        if not frags:
            continue
        body = " ".join(fill(t) for t, _ in frags)
        for _, m in frags:
            ms.extend(m)
        lines.append(lab(label, body))
    sep = "\n" if st.nl else " "
    text = sep.join(lines)
    return text, ms


MODES = {
    "tel": ["T/C.", "Tel consult, ID checked.", "Telephone consultation – pt called back.", "Phone call.",
            "Tel f/u.", "Spoke to pt on phone.", "eConsult reviewed, called pt.", "Tel:", "Phone consult."],
    "video": ["Video consult.", "Video consultation (AccuRx).", "Video call – good connection."],
    "f2f": ["", "", "", "F2F.", "Seen in surgery.", "Attends alone.", "Attends with partner.", "Extended hours appt."],
}
TITLES = {
    "tel": ["Telephone consultation"] * 5 + ["Telephone triage"],
    "video": ["Video consultation"],
    "f2f": ["GP consultation"] * 6 + ["Face to face consultation", "Extended access appointment"],
    "home": ["Home visit"],
}


def mode_pick(p_tel=0.4, p_video=0.08):
    x = R.random()
    if x < p_tel:
        return "tel"
    if x < p_tel + p_video:
        return "video"
    return "f2f"


def intro(mode):
    t = R.choice(MODES.get(mode, [""]))
    return [(t, [])] if t else []


def safety(pool, p=0.75):
    return maybe(pool, p)


# --- composed cases ---------------------------------------------------------
# Each case is one coherent kind of consultation: its presenting complaints,
# associated/negative findings, examination, impression and plan are drawn
# from pools written for that case only.
CASES = []


def C(name, n, **kw):
    CASES.append(dict(name=name, n=n, **kw))


def norm(f):
    if isinstance(f, list):  # alternatives: one of them
        f = R.choice(f)
    return (f, []) if isinstance(f, str) else f


def keys_of(m):
    return {x.rstrip("-?>^@") for x in m if not x.endswith(">")}


def choose(pool, lo, hi, used):
    pool = [norm(f) for f in pool]
    R.shuffle(pool)
    k = R.randint(lo, min(hi, len(pool)))
    out = []
    for f in pool:
        if len(out) >= k:
            break
        ks = keys_of(f[1])
        if ks & used:
            continue
        used |= ks
        out.append(f)
    return out


CO = ["c/o ", "c/o ", "Pt c/o ", "Complains of ", "Presents with ", "", "", ""]
# a "c/o"-style prefix only before a complaint that reads as a noun phrase
CO_OK = {"Sore", "Cough", "Blocked", "Headaches", "LBP", "Lower", "Low", "Acute", "Back", "Neck", "R", "L", "Joint",
         "Dysuria", "Burning", "Stinging", "Epigastric", "Indigestion", "Bloating", "Intermittent", "Constipation",
         "Palpitations", "Itchy", "Painful", "Heavy", "Periods", "Dizziness", "Productive", "Diarrhoea", "Watery", "Daily",
         "Unilateral", "Fatigue", "Difficulty", "Insomnia", "Atypical", "Chest", "Mid", "Hives", "Tummy", "Worsening",
         "Dry", "Vertigo", "Sinus", "Rash", "Red", "Very", "Throat", "Anxiety", "Panic", "Both", "Chesty", "Sudden",
         "Ankles", "Hot", "Snuffly", "Head", "Pressure", "Lightheaded", "D&V", "N&V", "Brief", "Dizzy", "ST", "TATT"}


def complaint(f):
    text, m = norm(f)
    if R.random() < 0.5:
        p = R.choice(CO)
        first = text.split()[0].rstrip(",.")
        if p and first in CO_OK:
            text = p + (text[0].lower() if text[1:2].islower() else text[0]) + text[1:]
    return (text, m)


def asciify(text):
    for a, b in (("–", "-"), ("’", "'"), ("‘", "'"), ("→", "->"), ("µg", "mcg"), ("Ménière", "Meniere")):
        text = text.replace(a, b)
    if R.random() < 0.5:
        text = text.replace("°C", "C").replace("°", "")
    return text


def case_note(c):
    mode = c.get("mode")
    if isinstance(mode, list):
        mode = R.choice(mode)
    if not mode:
        mode = mode_pick(c.get("tel", 0.35), c.get("video", 0.08))
    st = Style()
    used = set()
    pc = complaint(pick(c["pc"]))
    used |= keys_of(pc[1])
    hx = [pc]
    hx += choose(c.get("assoc", []), *c.get("assoc_n", (0, 2)), used)
    hx += choose(c.get("neg", []), *c.get("neg_n", (1, 2)), used)
    secs = [("", [norm(pick(c["head"]))] if c.get("head") else []), ("", intro(mode)), (st.hx, hx)]
    if c.get("pmh") and R.random() < c.get("pmh_p", 0.35):
        secs.append(("", [norm(pick(c["pmh"]))]))
    seen = mode in ("f2f", "home")
    ex = c.get("exam") if seen else c.get("tel_exam")
    if ex:
        secs.append((st.exam if seen else "", [norm(pick(ex))]))
    if c.get("extra") and R.random() < c.get("extra_p", 0.5):
        secs.append(("", [norm(pick(c["extra"]))]))
    imp = norm(pick(c["imp"]))
    if imp[0] and not imp[0].endswith((".", "?")):
        imp = (imp[0] + ".", imp[1])
    secs.append((st.imp, [imp]))
    plan = choose(c["plan"], *c.get("plan_n", (1, 2)), set())
    sn = maybe(c.get("sn", []), c.get("sn_p", 0.7))
    secs.append((st.plan, plan + sn))
    info = {"after": c.get("after"), "before": c.get("before")}
    for k in ("band", "sex", "title"):
        v = c.get(k)
        info[k] = R.choice(v) if isinstance(v, list) else v
    if not info["band"]:
        info["band"] = "adult"
    return mode, secs, st, info


TEL_GENERIC = ["", "", "Not examined (telephone).", "Sounds well on the phone."]

# --- upper respiratory --------------------------------------------------------
C("viral_urti", 18, tel=0.5, band=["adult", "adult", "older"],
  pc=[F("Sore throat and blocked nose {d}.", "sore_throat", "nasal_congestion"),
      F("Sore throat {d}, painful to swallow.", "sore_throat"),
      F("Coryzal {d} with hoarse voice and dry cough.", "hoarse_voice", "cough"),
      F("Cold sx {d} – runny nose, sneezing, now ST.", "sore_throat"),
      F("Head cold {d}, stuffy nose, sinuses feel full, mild frontal headache.", "nasal_congestion", "headache"),
      F("Cough and sore throat for {d}.", "cough", "sore_throat"),
      F("Blocked nose and tickly cough {d}, voice hoarse since yesterday.", "nasal_congestion", "cough", "hoarse_voice"),
      F("Snuffly, congested, sore throat – {d}.", "nasal_congestion", "sore_throat")],
  assoc=[F("Aching all over.", "myalgia"), F("Mild headache.", "headache"), F("Feverish on day 1, settled since.", "fever"),
         F("Tired.", "fatigue"), "Ears popping.", F("Off food a bit.", "loss_of_appetite"),
         "Works in a nursery – lots of bugs going round.", "Taking Lemsip."],
  neg=[F("No SOB.", "dyspnea-"), F("Nil SOB or CP.", "dyspnea-", "chest_pain-"), F("No fever.", "fever-"),
       F("Apyrexial at home.", "fever-"), F("Denies wheeze.", "wheezing-"), F("No earache.", "earache-"),
       "Eating and drinking ok.", F("No rash.", "rash-")], neg_n=(1, 3),
  exam=[F("T 37.1, chest clear, throat mildly injected, no exudate, TMs NAD.", ),
        F("Afebrile. Pharynx red, tonsils not enlarged. No LN. Chest clear.", "fever-"),
        F("Obs: T 36.8, HR 84, sats 98% RA. Chest clear. Nasal mucosa congested.", "nasal_congestion"),
        "Well. Throat NAD, chest clear."],
  tel_exam=[F("Speaking in full sentences, no audible wheeze.", "wheezing-"), "Not examined – telephone.", "Sounds well on the phone.", ""],
  imp=["viral URTI", "URTI", "coryzal illness", "viral pharyngitis", "common cold"],
  plan=["Self-care: fluids, paracetamol/ibuprofen, honey & lemon.", "OTC decongestant and saline spray.",
        "No abx indicated – explained viral.", "Salt water gargles, simple analgesia.", "Pharmacy First advice."],
  sn=[F("Return if fever > 3/7, SOB or not settling in 2/52.", "fever>", "dyspnea>"),
      F("Safety-netted re worsening SOB / chest pain.", "dyspnea>", "chest_pain>"),
      "To call back if worse.", F("Seek help if difficulty swallowing or breathing.", "dysphagia>", "difficulty_breathing>"),
      F("R/v if earache develops.", "earache>"), "111 OOH if worse over the weekend."], sn_p=0.75)

C("sinusitis", 6, tel=0.5,
  pc=[F("Blocked nose and facial pain over cheeks {dm}, worse bending forward.", "nasal_congestion"),
      F("Sinus pain and congestion {d} after a cold, green nasal discharge.", "nasal_congestion"),
      F("Pressure behind eyes and blocked nose 10/7.", "nasal_congestion")],
  assoc=[F("Frontal headache.", "headache"), "Upper teeth ache.", F("Reduced sense of smell.", "hyposmia"), F("Tired.", "fatigue")],
  neg=[F("No fever.", "fever-"), F("No eye swelling or visual disturbance.", "visual_disturbance-"), "Not immunosuppressed."],
  exam=["Tender over maxillary sinuses, T 37.3.", "Tender frontal/maxillary sinuses. Nasal mucosa swollen. No periorbital oedema."],
  imp=["acute sinusitis", "?bacterial sinusitis", "sinusitis – likely viral"],
  plan=["Saline irrigation, analgesia.", "Mometasone nasal spray 14/7.", "Back-up doxycycline if not better in 7/7.",
        "Steam inhalation."],
  sn=[F("Urgent review if eye swelling, double vision or severe headache.", "diplopia>", "headache>"), "Safety-netted."])

C("tonsillitis", 9, tel=0.25, band=["adult", "adult", "child"],
  pc=[F("Sore throat {d}, worse on swallowing, fevers overnight.", "sore_throat", "fever"),
      F("ST {d}, fever and feels awful, no cough.", "sore_throat", "fever", "cough-"),
      F("Very sore throat {d}, struggling to swallow solids.", "sore_throat", "dysphagia"),
      F("Throat pain {d}, hot and shivery, can barely eat.", "sore_throat", "fever")],
  assoc=[F("No cough or coryza.", "cough-"), F("Headache and generally achy.", "headache", "myalgia"), "Muffled voice.",
         F("Off food.", "loss_of_appetite"), "Neck glands up.", "Recurrent tonsillitis – 4th episode this year."], assoc_n=(1, 2), neg_n=(0, 0),
  exam=[F("T 38.3°C. Tonsils enlarged + exudate bilat, tender ant. cervical LNs. FeverPAIN 4.", "fever"),
        F("Febrile 38.6. Exudative tonsillitis, uvula central, no trismus. Centor 4/4.", "fever"),
        "T 37.9, inflamed tonsils with white spots, cervical lymphadenopathy. FeverPAIN 3.",
        F("Afebrile. Tonsils red and swollen, small exudate R. Uvula central. FeverPAIN 3.", "fever-")],
  tel_exam=["Photo of throat sent – exudate visible. FeverPAIN 4.", "FeverPAIN 2 on history."],
  imp=["acute tonsillitis", "?bacterial tonsillitis", "tonsillitis", "?strep throat"],
  plan=[["Phenoxymethylpenicillin 500mg QDS 10/7.", "Clarithromycin 250mg BD 5/7 (pen allergic).",
         "Back-up script pen V, to use if not improving 3/7.", "Pen V 1g BD 10/7."], "Regular paracetamol + ibuprofen.",
        "Difflam spray."], plan_n=(1, 2),
  sn=[F("Return if unable to swallow fluids or drooling.", "dysphagia>"), "Safety-netted re quinsy symptoms.",
      F("To call if rash or not improving 48-72h.", "rash>")])

C("otitis_externa", 4, tel=0.2,
  pc=[F("L ear pain and itch {d} after swimming holiday, some discharge.", "earache", "itching"),
      F("Painful R ear {d}, uses cotton buds daily.", "earache")],
  assoc=[F("Hearing muffled.", "hearing_loss"), "No vertigo.", F("No fever.", "fever-")], assoc_n=(1, 2), neg_n=(0, 0),
  exam=["Canal red, swollen, debris++. TM partially seen, intact.", "Tragal tenderness, canal oedematous, TM NAD."],
  imp=["otitis externa", "acute otitis externa"],
  plan=["Otomize spray TDS 7/7, keep ear dry.", "Stop cotton buds.", "Swab if not settling."],
  sn=[F("Return if spreading redness, fever or severe pain.", "fever>")])

# --- lower respiratory ----------------------------------------------------------
C("chest_infection", 11, tel=0.35, band=["adult", "older", "older"],
  pc=[F("Productive cough {d}, green sputum.", "cough", "sputum"),
      F("Cough with yellow phlegm and SOB {d}.", "cough", "sputum", "dyspnea"),
      F("Chesty cough {dm} following a cold, now feverish, pleuritic chest pain R side.", "cough", "fever", "chest_pain"),
      F("Cough {d} bringing up phlegm, feels rough, temp 38 yesterday.", "cough", "sputum", "fever")],
  assoc=[F("Breathless on exertion.", "dyspnea_on_exertion"), "Night sweats.", F("Fatigued.", "fatigue"),
         "Smoker 15/day.", F("Off food.", "loss_of_appetite")], assoc_n=(0, 2),
  neg=[F("No haemoptysis.", "hemoptysis-"), F("Nil haemoptysis, no weight loss.", "hemoptysis-", "weight_loss-"),
       F("No calf pain or swelling.", "limb_swelling-"), F("Not confused.", "confusion-"), F("No chest pain.", "chest_pain-")],
  exam=[F("Febrile 38.2, RR 22, sats 95% RA, HR 98. Coarse creps R base, bronchial breathing.", "fever"),
        F("Apyrexial, RR 16, sats 96%. Few creps L base.", "fever-"),
        "T 38.0°C, HR 104. Reduced AE R base with dullness.", "RR 18, sats 97%, creps R mid-zone."],
  tel_exam=["Speaking in full sentences. Sats 96% on home oximeter.", "Sounds chesty on the phone, not distressed."],
  imp=["LRTI", "CAP – CRB65 0", "?early pneumonia", "chest infection"],
  plan=[["Amoxicillin 500mg TDS 5/7.", "Doxycycline 200mg stat then 100mg OD 5/7.", "Clarithromycin 500mg BD 5/7 (pen allergic)."],
        "CXR 6/52 to confirm resolution.", "Paracetamol, fluids."], plan_n=(1, 2),
  sn=[F("Seek urgent help if increasingly breathless, chest pain or confusion.", "dyspnea>", "chest_pain>", "confusion>"),
      F("Return if coughing up blood.", "hemoptysis>"), "Safety-netted.",
      F("Told to call 999 if struggling to breathe.", "difficulty_breathing>")], sn_p=0.85)

C("asthma_flare", 6, tel=0.3,
  pc=[F("Worsening cough and wheeze {d}, using blue inhaler more.", "cough", "wheezing"),
      F("Tight chest and wheezy since a cold {d}, salbutamol 4-hourly.", "wheezing"),
      F("Asthma worse {d} – night cough, SOB on exertion.", "cough", "dyspnea_on_exertion")],
  assoc=["Hay fever bad this year.", F("No fever.", "fever-"), "Ran out of preventer 2/52 ago."], assoc_n=(0, 2), neg_n=(0, 0),
  exam=[F("Scattered wheeze, PEFR 290 (best 420), sats 96%, RR 20.", "wheezing"),
        F("Mild expiratory wheeze, speaking full sentences, PEFR 70% best.", "wheezing")],
  tel_exam=["Speaking in full sentences, PEFR 330 (best 410)."],
  imp=["infective exacerbation of asthma", "acute asthma – moderate", "asthma exacerbation"],
  plan=["Pred 40mg OD 5/7.", "Salbutamol via spacer 4-6 puffs PRN.", "Restart Clenil 100 2 puffs BD.", "PAAP reviewed.", "R/v 48h."],
  plan_n=(2, 3),
  sn=[F("Call 999 if too breathless to speak or blue inhaler not helping.", "dyspnea>")], sn_p=0.9)

C("bronchitis", 5, tel=0.4,
  pc=[F("Cough {d} with white phlegm, otherwise ok.", "cough", "sputum"), F("Dry cough {dm} after a cold, keeping partner awake.", "cough")],
  assoc=[F("Sore throat at the start.", "sore_throat"), F("Mild wheeze at night.", "wheezing"), "Non-smoker."], assoc_n=(0, 1),
  neg=[F("No SOB.", "dyspnea-"), F("No fever.", "fever-"), F("No haemoptysis.", "hemoptysis-")], neg_n=(1, 2),
  exam=["Apyrexial, chest clear, sats 98%.", F("Chest: few scattered wheezes, no creps.", "wheezing")],
  imp=["acute bronchitis", "viral bronchitis"],
  plan=["No abx – explained average 3/52 duration. Honey, fluids.", "Back-up amoxicillin script.", "Simple linctus."],
  sn=[F("Return if SOB, fever or not settling 3/52.", "dyspnea>", "fever>")])

C("postviral_cough", 6, tel=0.45, after=COVID_START,
  pc=[F("Cough persisting {dm} after viral illness, dry, tickly, worse at night.", "cough"),
      F("Still coughing {dm} after a cold. Otherwise well.", "cough"),
      F("Lingering dry cough since COVID 5/52 ago.", "cough")],
  assoc=["Some post-nasal drip.", "Reflux sx at night.", F("Sleep disturbed by cough.", "sleep_abnormality")], assoc_n=(0, 1),
  neg=[F("No SOB, no wheeze, no haemoptysis.", "dyspnea-", "wheezing-", "hemoptysis-"),
       F("Non-smoker. No weight loss or night sweats.", "weight_loss-")], neg_n=(1, 2),
  exam=["Chest clear, sats 98%, PEFR normal.", "Chest clear. Throat: cobblestoning."],
  imp=["post-viral cough", "post-infectious cough ?PND"],
  plan=["Reassured – can last 3-8 weeks. Honey, steam.", "Trial of nasal steroid for PND.", "CXR if persists a further 3/52."],
  sn=[F("Return if haemoptysis, weight loss or SOB.", "hemoptysis>", "weight_loss>", "dyspnea>"),
      F("Review if fever or coughing up blood.", "fever>", "hemoptysis>")])

C("asthma_review", 4, tel=0.2, title=["Chronic disease review", "Practice nurse appointment"], head=["Asthma review.", "Annual asthma check."],
  pc=[F("Night-time cough 2x/week.", "cough"), F("Wheezy in the mornings.", "wheezing"), "Well controlled, using SABA < 2x/week.",
      F("No wheeze, no night symptoms.", "wheezing-")],
  assoc=["ACT 22.", "ACT 18.", "PEFR 420 (pred 460)."], assoc_n=(1, 1), neg_n=(0, 0),
  imp=["asthma", "asthma – annual review done"],
  plan=["Inhaler technique checked – good.", "PAAP reviewed.", "Flu vaccine up to date.", "Continue current inhalers.",
        "Spacer replaced."], plan_n=(2, 3))

C("copd_review", 4, tel=0.2, band="older", title=["Chronic disease review", "Practice nurse appointment"],
  head=["COPD review.", "COPD annual review (nurse)."],
  pc=[F("SOB on exertion, MRC 2.", "dyspnea_on_exertion"), F("Sputum clear, no change.", "sputum"),
      F("Morning cough with grey sputum.", "cough", "sputum"), F("Breathless walking to the shops, MRC 3.", "dyspnea_on_exertion")],
  assoc=["No exacerbations this year.", "1 exacerbation (Feb).", "Sats 96%. FEV1 68% pred.", "CAT 18."], assoc_n=(1, 2),
  neg=[F("No ankle swelling.", "limb_swelling-"), F("No haemoptysis.", "hemoptysis-")], neg_n=(0, 1),
  imp=["COPD – stable", "COPD GOLD 2"],
  plan=["Rescue pack reissued.", "Smoking cessation advice.", "Pulmonary rehab offered.", "Continue Trelegy."], plan_n=(1, 3))

# --- urinary / GI ------------------------------------------------------------------
C("uti", 13, tel=0.6, sex="F", band=["adult", "adult", "older"],
  pc=[F("Dysuria and frequency {d}.", "dysuria"), F("Burning when passing urine {d}, going every hour.", "dysuria"),
      F("Stinging on micturition + urgency {d}, cloudy smelly urine.", "dysuria"),
      F("?UTI – {d} of frequency and lower abdo pain, no dysuria.", "abdominal_pain", "dysuria-"),
      F("UTI symptoms again – 3rd this year. Dysuria, urgency.", "dysuria")],
  assoc=[F("Some leaking on the way to the toilet.", "urinary_incontinence"), F("Mild nausea.", "nausea"), "No haematuria."],
  neg=[F("No fever or rigors.", "fever-"), "No loin pain.", F("No vomiting.", "vomiting-"),
       F("No vaginal discharge or itch.", "itching-"), "Not pregnant – LMP 2/52 ago."], neg_n=(1, 3),
  exam=[F("Afebrile, abdo soft, mild suprapubic tenderness, no renal angle tenderness.", "fever-"),
        "Obs normal. Urine dip: nitrites +, leucs ++."],
  tel_exam=["Urine dip (dropped in at reception): nitrites +, leucs ++, blood +.", ""],
  imp=["lower UTI", "uncomplicated UTI", "?UTI", "cystitis"],
  plan=[["Nitrofurantoin 100mg MR BD 3/7.", "Trimethoprim 200mg BD 3/7.", "Pivmecillinam 400mg stat then 200mg TDS 3/7.",
         "Nitrofurantoin MR 3/7 – script to pharmacy."], "MSU sent.", "Cranberry not recommended, fluids."], plan_n=(1, 2),
  sn=[F("Advised to call if fever, loin pain or vomiting.", "fever>", "vomiting>"),
      "Safety-netted re pyelonephritis symptoms.", "If not settled in 48h, MSU and review."], sn_p=0.85)

C("gastro_adult", 11, tel=0.55, band=["adult", "adult", "older"],
  pc=[F("D&V {d}.", "diarrhea", "vomiting"), F("Diarrhoea x6/day {d}, no vomiting.", "diarrhea", "vomiting-"),
      F("N&V since last night, now loose stools.", "nausea", "vomiting", "diarrhea"),
      F("Vomiting {d}, can't keep anything down, tummy cramps.", "vomiting", "stomach_cramps"),
      F("Watery diarrhoea {d} with crampy abdo pain.", "diarrhea", "abdominal_pain")],
  assoc=[F("Husband had D&V last week.", "diarrhea@", "vomiting@"), F("Daughter off school with vomiting.", "vomiting@"),
         F("Mild fever at onset.", "fever"), F("Feels weak and lightheaded on standing.", "asthenia", "lightheadedness"),
         "Ate a takeaway on Friday."], assoc_n=(0, 2),
  neg=["No blood PR.", "No blood or mucus in stool.", "No recent travel or abx.", "Passing urine ok."], neg_n=(1, 2),
  exam=["Abdo soft, non-tender, BS active. Mucous membranes moist.", "Mild generalised tenderness, no guarding. T 37.6."],
  tel_exam=["Sounds well, keeping fluids down.", ""],
  imp=["viral gastroenteritis", "?norovirus", "acute gastroenteritis", "?food poisoning"],
  plan=["ORS, small frequent sips, off work 48h after last episode.", "Stool sample if persists > 7/7.",
        "Buccal prochlorperazine PRN.", "Fluids, Dioralyte, bland diet."], plan_n=(1, 2),
  sn=[F("Return if blood in stool, severe abdo pain or unable to keep fluids down.", "abdominal_pain>"),
      "Safety-netted re dehydration.", F("If vomiting persists > 24h call back.", "vomiting>"),
      F("Call back if bloody diarrhoea.", "diarrhea>")], sn_p=0.8)

C("gastro_child", 6, tel=0.55, band="child",
  pc=[F("Mum reports D&V {d}, vomited x4 yesterday.", "diarrhea", "vomiting"),
      F("Dad says vomiting since last night, now loose stools and tummy ache.", "vomiting", "diarrhea", "abdominal_pain"),
      F("Mum reports diarrhoea {d}, 5-6x/day, not vomiting.", "diarrhea", "vomiting-")],
  assoc=["Drinking ok, wet nappies.", "Not drowsy, playing.", "Sister had the same bug.", F("Mild fever yesterday.", "fever")], assoc_n=(1, 2),
  neg=["No blood in stools.", F("No rash.", "rash-")], neg_n=(0, 1),
  exam=["Alert, well hydrated, CRT < 2s. Abdo SNT.", "Happy, playing in room. Abdo soft. Mucous membranes moist."],
  tel_exam=["Sounds well in background.", ""],
  imp=["viral gastroenteritis", "gastroenteritis"],
  plan=["ORS, small frequent sips, off nursery 48h after last episode.", "Fluids, Dioralyte."], plan_n=(1, 1),
  sn=[F("Return if blood in stool, very sleepy or not passing urine.", ), "Safety-netted re dehydration – leaflet."], sn_p=0.9)

C("ibs", 5, tel=0.4,
  pc=[F("Bloating and alternating bowel habit {dl}.", "bloating"),
      F("Intermittent abdo pain and bloating, relieved by opening bowels.", "abdominal_pain", "bloating")],
  assoc=[F("Some diarrhoea after meals.", "diarrhea"), "Stress at work.", "Worse with bread."],
  neg=[F("No weight loss, no rectal bleeding.", "weight_loss-"), F("No vomiting.", "vomiting-"), "Appetite ok."],
  imp=["IBS", "?IBS – exclude coeliac"],
  plan=["FIT test, coeliac serology, FBC, CRP.", "Mebeverine PRN.", "Food diary.", "Low FODMAP leaflet."], plan_n=(1, 2),
  sn=[F("Return if weight loss or bleeding.", "weight_loss>"), "Red flags discussed."], sn_p=0.6)

C("constipation", 4, tel=0.4, band=["adult", "older", "older"],
  pc=[F("Constipation {dm}, BO every 4-5 days, straining.", "constipation"),
      F("Constipated since starting co-codamol, hard stools.", "constipation")],
  assoc=[F("Bloated.", "bloating"), F("Occasional crampy lower abdo pain.", "abdominal_pain"), "Drinks little fluid."],
  neg=[F("No weight loss, no rectal bleeding.", "weight_loss-"), F("No vomiting.", "vomiting-")],
  exam=["Abdo soft, non-tender, faecal loading LIF.", "Abdo soft, no masses."],
  imp=["constipation", "functional constipation", "opioid-induced constipation"],
  plan=["Laxido 1-2 sachets/day.", "Fluids, fibre.", "Senna 15mg nocte.", "FIT test."], plan_n=(1, 2),
  sn=[F("Return if vomiting, severe pain or bleeding.", "vomiting>", "abdominal_pain>")], sn_p=0.5)

C("dyspepsia", 5, tel=0.5,
  pc=[F("Epigastric pain and heartburn {dm}, worse after meals.", "epigastric_pain"),
      F("Indigestion {dm}, burning in upper abdomen.", "epigastric_pain")],
  assoc=[F("Occasionally nauseous.", "nausea"), "Taking ibuprofen for back.", "Drinks 20u/week."], assoc_n=(0, 1),
  neg=[F("No dysphagia.", "dysphagia-"), F("No vomiting.", "vomiting-"), F("No weight loss.", "weight_loss-"), "No melaena."], neg_n=(1, 3),
  imp=["dyspepsia", "?GORD", "?gastritis"],
  plan=["Omeprazole 20mg OD 4/52.", "H. pylori breath test.", "Avoid NSAIDs.", "Lifestyle advice – smaller meals, raise head of bed."],
  plan_n=(1, 2),
  sn=[F("Return if weight loss, dysphagia or vomiting.", "weight_loss>", "dysphagia>", "vomiting>"),
      "If black stools – urgent review."], sn_p=0.7)

# --- COVID ------------------------------------------------------------------------
C("covid_acute", 12, mode=["tel", "tel", "tel", "video"], after=COVID_START, before=dt.date(2022, 6, 30),
  pc=[F("Positive COVID test today. Fever, cough, aches {d}.", "fever", "cough", "myalgia"),
      F("Lost sense of smell and taste yesterday, otherwise mild cold sx.", "anosmia", "ageusia"),
      F("New continuous cough and a temperature since {d}.", "cough", "fever"),
      F("COVID+ {d}. Headache and sore throat, no cough.", "headache", "sore_throat", "cough-"),
      F("COVID+ day 5. Profound fatigue, in bed most of the day.", "fatigue")],
  assoc=[F("Some SOB walking around the house.", "dyspnea_on_exertion"), F("Wife also positive with fever.", "fever@"),
         F("Diarrhoea x2.", "diarrhea"), "Home sats 96-97%.", F("Vomited once.", "vomiting"),
         F("Lost sense of smell.", "anosmia"), F("Son has the same – cough and temp.", "cough@", "fever@")], assoc_n=(1, 2),
  neg=[F("No SOB at rest.", "dyspnea-"), F("No chest pain.", "chest_pain-")], neg_n=(0, 1),
  imp=["COVID-19", "probable COVID-19", "mild COVID-19"],
  plan=["Self-isolate per guidance, paracetamol, fluids.", "Pulse oximetry at home (COVID Oximetry @home).", "Fit note 10/7."],
  plan_n=(1, 2),
  sn=[F("If sats < 94% or more breathless call 111/999.", "dyspnea>"),
      F("Safety-netted re red flags (SOB, chest pain, confusion).", "dyspnea>", "chest_pain>", "confusion>")], sn_p=0.9)

# --- MSK ----------------------------------------------------------------------------
C("lbp", 9, tel=0.3,
  pc=[F("LBP {d} after gardening.", "low_back_pain"), F("Lower back pain {dm}, no injury.", "low_back_pain"),
      F("Acute low back pain since lifting a suitcase.", "low_back_pain"),
      F("Low back pain {d}, radiating into L buttock and down back of thigh.", "low_back_pain")],
  assoc=[F("Struggling to sleep due to pain.", "difficulty_sleeping"), "Works as a delivery driver.",
         F("H/o LBP, last episode 2019.", "low_back_pain^"), F("Some tingling in L foot.", "paresthesia")], assoc_n=(0, 2),
  neg=[F("No numbness/tingling.", "paresthesia-"), "No saddle anaesthesia, no bladder/bowel change.",
       F("No weight loss, no night pain, no fever.", "weight_loss-", "fever-"), "Red flags: nil."], neg_n=(1, 2),
  exam=["Tender L paraspinals, SLR 70° L / 85° R, power 5/5, reflexes symmetrical.", "FROM but painful flexion, neuro intact.",
        "Antalgic gait. Reduced lumbar flexion. L5/S1 sensation intact."],
  tel_exam=["Walking about ok per pt.", ""],
  imp=["mechanical LBP", "simple mechanical back pain", "acute back strain", "LBP ?L5 radiculopathy"],
  plan=["Naproxen 500mg BD with omeprazole, 2/52.", "Keep active, heat, self-referral to MSK physio.",
        "Co-codamol 8/500 PRN short term.", "Fit note 1/52.", "Back leaflet."], plan_n=(1, 2),
  sn=["Safety-netted re cauda equina – leaflet given.",
      F("Urgent review if new numbness, leg weakness or bladder problems.", "muscle_weakness>"), "Return if not improving 6/52."],
  sn_p=0.8)

C("thoracic_back", 4, tel=0.3,
  pc=[F("Mid back ache {dm}, worse after long drives.", "back_pain"), F("Back pain between shoulder blades {dm}, desk job.", "back_pain")],
  assoc=[F("Stiff in the mornings.", "joint_stiffness"), "Gym 3x/week."], assoc_n=(0, 1),
  neg=[F("No chest pain, no SOB.", "chest_pain-", "dyspnea-"), F("No weight loss, no fever.", "weight_loss-", "fever-")],
  exam=["Tender T6-8 paraspinals, FROM, no bony tenderness.", "Thoracic rotation painful, no midline tenderness."],
  imp=["mechanical thoracic back pain", "postural back pain"],
  plan=["Physio self-referral.", "Ibuprofen gel.", "Workstation review."], plan_n=(1, 2))

C("neck", 5, tel=0.3,
  pc=[F("Neck pain {d}, woke with it, stiff turning to the L.", "neck_pain"),
      F("Neck and shoulder ache {dm}, long hours at laptop.", "neck_pain"), F("Neck pain after minor RTC 2/7 ago (rear-ended).", "neck_pain")],
  assoc=[F("Headaches at the end of the day.", "headache"), F("Occasional pins and needles in R hand.", "paresthesia"),
         F("Some dizziness when looking up.", "dizziness")], assoc_n=(0, 1),
  neg=[F("No arm weakness or numbness.", "muscle_weakness-"), "No midline tenderness reported."], neg_n=(0, 1),
  exam=["Reduced rotation L, tender trapezius, neuro UL intact.", "Paraspinal spasm, FROM with pain, no midline tenderness."],
  imp=["mechanical neck pain", "cervical spondylosis", "whiplash-associated disorder grade 1", "acute torticollis"],
  plan=["Physio self-referral.", "Posture/workstation advice.", "Ibuprofen gel.", "Heat, gentle ROM exercises."], plan_n=(1, 2))

C("knee_oa", 6, tel=0.2, band=["older", "older", "adult"],
  pc=[F("R knee pain {dl}, worse on stairs, stiff in the mornings ~15 mins.", "arthralgia", "joint_stiffness"),
      F("Both knees aching, struggling with walking the dog.", "arthralgia"),
      F("L knee pain and swelling after a long walk, known OA.", "arthralgia")],
  assoc=["Using paracetamol with little effect.", F("Disturbing sleep.", "sleep_abnormality"), "BMI 33."], assoc_n=(0, 2),
  neg=["No locking or giving way.", F("No fever.", "fever-")], neg_n=(0, 1),
  exam=["Crepitus, small effusion, ROM 5-110°.", "Bony swelling medial joint line, crepitus, no effusion."],
  tel_exam=["Photo reviewed – no redness."],
  imp=["OA knee", "knee OA flare"],
  plan=["X-ray.", "Physio, weight loss advice.", "Topical NSAID.", "Steroid injection discussed."], plan_n=(1, 2))

C("hand_ra", 4, tel=0.2, band="adult",
  pc=[F("Hands stiff and painful in the mornings for > 1 hour, MCPs swollen.", "joint_stiffness", "arthralgia"),
      F("Joint pains hands/wrists {dm}, worse in the mornings.", "arthralgia")],
  assoc=[F("Fatigued.", "fatigue"), "Mother had RA.", F("Feet sore too.", ), F("No rash.", "rash-")], assoc_n=(1, 2), neg_n=(0, 0),
  exam=["Synovitis MCPs 2-3 bilat, +ve squeeze test.", "Boggy swelling of wrists, MCP tenderness."],
  tel_exam=["Photo: swollen MCPs."],
  imp=["?inflammatory arthritis", "?RA"],
  plan=["Bloods: CRP, ESR, RF, anti-CCP.", "Urgent rheum referral.", "Naproxen with PPI meanwhile."], plan_n=(2, 3))

C("gout", 4, tel=0.3, sex="M", band=["adult", "older"],
  pc=[F("Hot swollen painful R big toe {d}, can't bear the bedsheet.", "arthralgia"),
      F("Hot swollen painful L big toe overnight, h/o gout.", "arthralgia")],
  assoc=["Beer at a wedding at the weekend.", "On bendroflumethiazide."], assoc_n=(0, 1),
  neg=[F("No fever, otherwise well.", "fever-")], neg_n=(0, 1),
  exam=["Red, hot, swollen 1st MTPJ, exquisitely tender.", "1st MTPJ erythematous and swollen, too tender to examine properly."],
  tel_exam=["Photo reviewed – red swollen joint."],
  imp=["acute gout", "?gout flare"],
  plan=[["Colchicine 500mcg BD-TDS.", "Naproxen 500mg BD with PPI."], "Urate in 4/52.", "Discuss allopurinol once settled."],
  plan_n=(1, 2),
  sn=[F("If fever or feels unwell – ?septic arthritis, urgent review.", "fever>", "malaise>")], sn_p=0.5)

# --- neuro --------------------------------------------------------------------------
C("tension_headache", 6, tel=0.35,
  pc=[F("Headaches {dm}, bifrontal, end of the day.", "headache"), F("Daily headache {dm}, band-like, stress at home.", "headache")],
  assoc=[F("Sleep poor recently.", "difficulty_sleeping"), "Taking co-codamol most days.", "Long hours at screens."], assoc_n=(0, 2),
  neg=[F("No visual disturbance.", "visual_disturbance-"), F("No vomiting.", "vomiting-"),
       F("No limb weakness, no speech disturbance.", "muscle_weakness-"), F("No fever or rash.", "fever-", "rash-")], neg_n=(1, 2),
  exam=["BP {bp}, fundi normal, neuro exam NAD.", "Neuro exam normal. BP {bp}. Tender pericranial muscles."],
  imp=[F("tension-type headache", ), F("?medication overuse headache", "headache?"), F("chronic daily headache", )],
  plan=["Headache diary.", "Amitriptyline 10mg nocte.", "Reduce analgesics.", "Relaxation techniques."], plan_n=(1, 2),
  sn=[F("Red flags explained: sudden severe headache, limb weakness, fever with neck stiffness – seek urgent help.",
        "headache>", "muscle_weakness>", "fever>"), "Safety-netted."], sn_p=0.6)

C("migraine_new", 3, tel=0.4, sex=["F", "F", "M"],
  pc=[F("Unilateral throbbing headaches with photophobia, 4-5/month.", "headache"),
      F("Episodic severe headaches {dl}, throbbing, has to lie in a dark room.", "headache")],
  assoc=[F("Mum has migraines.", "migraine@"), F("FH migraine (father).", "migraine@"), "On COCP.", F("Feels sick with them.", "nausea")],
  assoc_n=(1, 2),
  neg=[F("No limb weakness.", "muscle_weakness-"), F("No visual disturbance.", "visual_disturbance-")], neg_n=(0, 1),
  exam=["Neuro exam normal. BP {bp}.", "Fundi NAD, neuro NAD."],
  imp=[F("?migraine", "migraine?"), F("probable migraine without aura", "migraine?")],
  plan=["Sumatriptan 50mg PRN.", "Headache diary.", "Naproxen + metoclopramide for attacks."], plan_n=(1, 2),
  sn=[F("Return if vomiting, visual symptoms or sudden severe headache.", "vomiting>", "headache>")], sn_p=0.5)

C("migraine", 5, tel=0.4, sex=["F", "F", "M"],
  pc=[F("Known migraine, more frequent since starting new job – 6 attacks this month.", "migraine"),
      F("Migraine with aura – zigzag lines then headache and N&V, 3 attacks {dm}.", "migraine", "visual_disturbance", "headache", "nausea", "vomiting")],
  assoc=[F("Mum has migraines.", "migraine@"), F("FH migraine (father).", "migraine@"), "On COCP.", "Triggered by red wine and poor sleep."],
  assoc_n=(1, 2),
  neg=[F("No limb weakness.", "muscle_weakness-"), F("No fever.", "fever-")], neg_n=(0, 1),
  exam=["Neuro exam normal. BP {bp}.", "Fundi NAD, neuro NAD."],
  imp=[F("migraine – increased frequency", "migraine"), F("migraine, poorly controlled", "migraine")],
  plan=["Propranolol 40mg BD prophylaxis.", "Sumatriptan 50mg PRN.", "Headache diary.", "Stop COCP – switch to POP."], plan_n=(1, 2),
  sn=[F("Return if vomiting, visual symptoms or sudden severe headache.", "vomiting>", "headache>")], sn_p=0.4)

C("bppv", 3, tel=0.15, band=["adult", "older"],
  pc=[F("Dizzy {d}, room spinning when turning in bed.", "dizziness", "vertigo"),
      F("Brief vertigo on looking up or lying down, {d}.", "vertigo")],
  assoc=[F("Nausea with it.", "nausea"), F("Had a fall last week as a result.", "fall")], assoc_n=(0, 1),
  neg=[F("No hearing loss.", "hearing_loss-"), F("No headache, no diplopia, no slurred speech.", "headache-", "diplopia-")], neg_n=(1, 2),
  exam=["Dix-Hallpike +ve L. Neuro otherwise normal.", "Dix-Hallpike +ve R, torsional nystagmus."],
  imp=["BPPV", "R BPPV"],
  plan=["Epley manoeuvre performed.", "Brandt-Daroff exercises.", "Driving advice."], plan_n=(1, 2))

C("vestibular_neuritis", 3, tel=0.2,
  pc=[F("Sudden onset vertigo {d} after a cold, constant, worse with movement.", "vertigo")],
  assoc=[F("Vomiting with it.", "vomiting"), F("Nausea but no vomiting.", "nausea", "vomiting-")], assoc_n=(1, 1),
  neg=[F("No hearing loss.", "hearing_loss-"), F("No headache, no diplopia, no slurred speech.", "headache-", "diplopia-")], neg_n=(1, 2),
  exam=["Head impulse test +ve L, horizontal nystagmus, no skew.", "HINTS peripheral pattern. Cerebellar signs NAD."],
  imp=["vestibular neuritis", "?labyrinthitis"],
  plan=["Prochlorperazine 5mg TDS 3/7 max.", "Vestibular rehab exercises.", "Off work 1/52."], plan_n=(1, 2),
  sn=[F("Return urgently if weakness, slurred speech or double vision.", "muscle_weakness>", "diplopia>"),
      "Safety-netted re stroke symptoms."], sn_p=0.8)

C("postural_hypo", 3, tel=0.2, band="older",
  pc=[F("Lightheaded on standing {dm}.", "lightheadedness"), F("Dizziness on getting up, {dm}, since BP tablets increased.", "dizziness")],
  assoc=["Started doxazosin 3/52 ago.", F("Nearly fell twice.", ), F("Had a fall last week.", "fall")], assoc_n=(1, 1),
  neg=[F("No palpitations or blackouts.", "palpitations-", "syncope-"), F("No chest pain.", "chest_pain-")], neg_n=(1, 1),
  exam=["L/S BP 146/80 → 112/70 with symptoms.", "Lying 152/84, standing 3 min 120/72."],
  imp=[F("postural hypotension", "orthostatic_hypotension"), F("?orthostatic hypotension – drug related", "orthostatic_hypotension?")],
  plan=["Stop doxazosin.", "Stand up slowly, fluids.", "Recheck L/S BP 2/52."], plan_n=(1, 2))

C("meniere", 2, tel=0.2,
  pc=[F("Vertigo attacks lasting hours, with tinnitus and fullness L ear.", "vertigo", "tinnitus")],
  assoc=[F("Hearing worse in L ear.", "hearing_loss"), F("Vomits during attacks.", "vomiting")], assoc_n=(1, 2),
  neg=[F("No headache.", "headache-")], neg_n=(0, 1),
  exam=["Otoscopy NAD. Weber lateralises R.", "TMs NAD, neuro normal."],
  imp=["?Ménière’s disease", "?Ménière’s"],
  plan=["ENT referral.", "Betahistine 16mg TDS.", "Audiogram."], plan_n=(1, 2))

# --- mental health / sleep ------------------------------------------------------------
C("low_mood_new", 8, tel=0.4, video=0.15, band=["adult"] * 5 + ["older"],
  pc=[F("Low mood {dm}, tearful, withdrawing from friends.", "depressed_mood"),
      F("Feeling down since bereavement (father died in the spring).", "depressed_mood"),
      F("Struggling – low mood and anxiety {dm}, work stress.", "depressed_mood", "anxiety")],
  assoc=[F("Poor sleep and appetite.", "difficulty_sleeping", "loss_of_appetite"), F("Poor concentration at work.", "poor_concentration"),
         F("Anxious, worrying constantly.", "anxiety"), F("Not sleeping – 3-4h a night.", "difficulty_sleeping"),
         F("Sleeping too much, 12h+/day.", "hypersomnia"), F("Low libido.", "reduced_libido"),
         F("PMH: depression 2016, responded to sertraline.", "depression^"), F("FH: mother depression.", "depression@"),
         F("Tired all the time.", "tired_all_the_time")], assoc_n=(1, 3),
  neg=[F("No panic attacks.", "panic_attack-"), "No SI/SH. Good support from partner.", "Denies thoughts of self-harm.",
       "No suicidal ideation."], neg_n=(1, 1),
  extra=["PHQ-9 17, GAD-7 12.", "PHQ-9 13.", "PHQ-9 21, GAD-7 16."], extra_p=0.6,
  imp=[F("moderate depression", "depression"), F("low mood ?adjustment disorder", "depressed_mood"),
       F("mixed anxiety and depression", "anxiety", "depression")],
  plan=[["Start sertraline 50mg, r/v 2/52.", "Start citalopram 20mg, r/v 2/52."], "Self-referral to NHS Talking Therapies.", "Crisis line numbers given.",
        "Fit note 2/52.", "Exercise, routine, sleep hygiene."], plan_n=(1, 3),
  sn=["If suicidal thoughts – call 111 option 2 / attend A&E."], sn_p=0.4)

C("depression_review", 6, tel=0.5, video=0.15, band=["adult"] * 4 + ["older"],
  pc=[F("Depression review. Mood improving on citalopram 20mg.", "depression"),
      F("Review of depression. Feels 'flat', not enjoying anything.", "depression"),
      F("F/u low mood. Started sertraline 4/52 ago, some improvement.", "depressed_mood")],
  assoc=[F("Sleep better.", ), F("Initial nausea on starting, settled.", "nausea^"), F("Still poor concentration.", "poor_concentration"),
         F("Still waking early.", ), "Back at work."], assoc_n=(1, 2),
  neg=["No SI.", "No thoughts of self-harm."], neg_n=(1, 1),
  extra=["PHQ-9 9 (was 17).", "PHQ-9 12."], extra_p=0.6,
  imp=["depression, improving", "partial response", "depression – responding"],
  plan=[["Continue citalopram, r/v 3/12.", "Increase citalopram to 30mg.", "Continue sertraline 50mg."], "Talking therapies ongoing.",
        "Exercise referral."],
  plan_n=(1, 2))

C("anxiety", 5, tel=0.45, video=0.15,
  pc=[F("Anxiety ++ {dm}, work stress.", "anxiety"), F("Feels anxious all the time, can't switch off {dm}.", "anxiety"),
      F("Health anxiety – worried about heart after friend's MI.", "anxiety")],
  assoc=[F("Sleep disturbed.", "sleep_abnormality"), F("Nausea in the mornings.", "nausea"), "Drinking more to cope.",
         F("Poor concentration.", "poor_concentration")], assoc_n=(1, 2),
  neg=[F("Chest tightness when anxious, no exertional CP.", "chest_pain-"), F("No low mood.", "depressed_mood-")], neg_n=(0, 1),
  extra=["GAD-7 14.", "GAD-7 17."],
  imp=["GAD", "anxiety", "health anxiety"],
  plan=["CBT self-referral.", "Sertraline 50mg discussed – to start.", "Breathing techniques, apps.", "r/v 4/52."], plan_n=(1, 3))

C("panic", 3, tel=0.45, video=0.15,
  pc=[F("Panic attacks, 1-2/week – heart racing, SOB, tingling fingers.", "panic_attack", "palpitations", "dyspnea", "paresthesia"),
      F("Panic attacks on the tube, now avoids it out of fear.", "panic_attack", "fear")],
  assoc=[F("Avoiding going out.", ), F("Sleep disturbed.", "sleep_abnormality")], assoc_n=(0, 1),
  neg=[F("No chest pain on exertion.", "chest_pain-"), F("No low mood.", "depressed_mood-")], neg_n=(0, 1),
  imp=["panic disorder", "panic attacks"],
  plan=["CBT self-referral.", "Propranolol 10mg PRN short term.", "Breathing techniques."], plan_n=(1, 2))

C("insomnia", 4, tel=0.4, band=["adult", "adult", "older"],
  pc=[F("Difficulty sleeping {dl}, lying awake for hours.", "difficulty_sleeping"),
      F("Insomnia since menopause, night sweats.", "insomnia"), F("Can't get off to sleep, mind racing, {dm}.", "difficulty_sleeping")],
  assoc=[F("Exhausted in the day.", "fatigue"), F("Restless legs in the evenings.", "restless_legs"), "Works nights.",
         "Drinks 4 cans of energy drink/day.", "Mood ok."], assoc_n=(1, 2), neg_n=(0, 0),
  imp=[F("insomnia", "insomnia"), F("sleep disturbance", "sleep_abnormality")],
  plan=["Sleep hygiene leaflet.", "Sleepio.", "Cut caffeine.", "Ferritin (RLS)."], plan_n=(1, 2))

C("osa", 2, tel=0.4, sex="M", band=["adult", "older"],
  pc=["Partner reports loud snoring and pauses in breathing; pt sleepy in the day.",
      F("Falling asleep at the wheel on long drives, snores loudly.", "hypersomnia")],
  assoc=["Epworth 14.", "BMI 36.", F("Morning headaches.", "headache")], assoc_n=(1, 2), neg_n=(0, 0),
  imp=[F("?OSA", ), F("sleep disorder ?OSA", "sleep_disorder")],
  plan=["Sleep clinic referral.", "STOP-BANG 6 – referral.", "DVLA advice – not to drive until assessed."], plan_n=(1, 2))

# --- general / fatigue --------------------------------------------------------------
C("fatigue", 9, tel=0.35,
  pc=[F("TATT {dm}.", "tired_all_the_time"), F("Feeling exhausted {dm}, no obvious cause.", "fatigue"),
      F("Lethargic and low energy {dm}.", "lethargy"), F("Feels generally weak {dm}.", "asthenia"),
      F("Fatigue {dl}, falling asleep on the sofa at 7pm.", "fatigue")],
  assoc=[F("Weight loss 3kg unintentional.", "weight_loss"), F("Appetite reduced.", "loss_of_appetite"),
         "Snores.", F("Cold intolerance, constipation.", "constipation"), "Thirsty, PU ++.", "Glandular fever 2 years ago."],
  assoc_n=(1, 2),
  neg=[F("No weight loss.", "weight_loss-"), F("Low mood – denies.", "depressed_mood-"), F("No night sweats, no fever.", "fever-"),
       "Sleeping ok."], neg_n=(1, 2),
  imp=[F("?anaemia ?thyroid", ), F("fatigue – cause unclear", "fatigue"), F("?post-viral fatigue", "postviral_fatigue?"),
       F("TATT – screen", "tired_all_the_time")],
  plan=[["FBC, U&E, LFT, TFT, ferritin, B12/folate, HbA1c, coeliac screen.", "Fatigue bloods, r/v with results."],
        "Sleep diary.", "Activity/sleep advice."], plan_n=(1, 2))

C("tatt_postnatal", 2, tel=0.5, sex="F", band="adult",
  pc=[F("Tired all the time since the baby (7/12), struggling.", "tired_all_the_time")],
  assoc=[F("Periods heavy since.", "menorrhagia"), F("Breastfeeding, broken sleep.", ), F("Mood ok, no low mood.", "depressed_mood-")],
  assoc_n=(1, 2), neg_n=(0, 0),
  imp=["fatigue ?iron deficiency", "postnatal fatigue"],
  plan=["FBC, ferritin, TFT.", "Health visitor liaison.", "EPDS next visit."], plan_n=(1, 2))

# --- skin ------------------------------------------------------------------------------
C("contact_derm", 3, tel=0.4,
  pc=[F("Itchy rash on hands and wrists {d}.", "itching", "rash"), F("Itchy red rash on neck since new perfume.", "itching", "rash")],
  assoc=["New shower gel.", "Eczema as a child.", "Works as a hairdresser."], assoc_n=(1, 1),
  neg=[F("No fever.", "fever-"), "Otherwise well."], neg_n=(0, 1),
  exam=["Erythematous papular rash, excoriated.", "Well-demarcated erythema and scaling."],
  tel_exam=["Photos reviewed – eczematous rash."],
  imp=["contact dermatitis", "irritant dermatitis"],
  plan=["Emollients, hydrocortisone 1% 7/7.", "Avoid trigger.", "Gloves at work."], plan_n=(1, 2))

C("urticaria", 3, tel=0.4,
  pc=[F("Hives on and off {dm}.", "urticaria"), F("Itchy wheals all over since yesterday.", "itching", "urticaria")],
  assoc=["No new foods or meds.", "Had a viral illness last week."], assoc_n=(0, 1),
  neg=[F("No lip swelling or SOB.", "dyspnea-"), F("No wheeze.", "wheezing-")], neg_n=(1, 1),
  exam=[F("Urticarial wheals, no angioedema.", "urticaria")], tel_exam=[F("Photo: urticarial rash.", "urticaria", "rash")],
  imp=["urticaria", "acute urticaria"],
  plan=["Cetirizine 10mg OD (up to QDS).", "Avoid NSAIDs."], plan_n=(1, 2),
  sn=[F("If lip/tongue swelling or breathing difficulty – 999.", "difficulty_breathing>")], sn_p=0.8)

C("drug_rash", 2, tel=0.5,
  pc=[F("Rash on trunk after starting amoxicillin 3/7 ago.", "rash"), F("Red blotchy rash since day 5 of flucloxacillin.", "rash")],
  assoc=[F("Mildly itchy.", "itching")], assoc_n=(0, 1),
  neg=[F("No lip swelling or SOB.", "dyspnea-"), F("No fever.", "fever-")], neg_n=(1, 1),
  exam=["Maculopapular rash trunk, no mucosal involvement."], tel_exam=[F("Photo reviewed – blanching maculopapular rash.", "rash")],
  imp=["drug rash – added to allergies", "likely antibiotic rash"],
  plan=["Stop antibiotic, switch to doxycycline.", "Chlorphenamine PRN."], plan_n=(1, 2),
  sn=[F("If blistering, mouth ulcers or feels unwell – urgent review.", "malaise>")], sn_p=0.6)

C("shingles", 3, tel=0.5, band=["adult", "older", "older"],
  pc=[F("Painful blistering rash L side of chest, band-like, {d}.", "rash"),
      F("Burning pain R flank for 3 days, now rash in the same area.", "rash")],
  assoc=["Otherwise well.", F("Feels generally unwell.", "malaise")], assoc_n=(0, 1),
  neg=[F("No eye symptoms.", ), F("No fever.", "fever-")], neg_n=(0, 1),
  exam=[F("Vesicular rash T5 dermatome, not crossing midline.", "rash")],
  tel_exam=[F("Photo reviewed – vesicular rash in a dermatomal band.", "rash")],
  imp=["shingles", "herpes zoster T10"],
  plan=["Aciclovir 800mg 5x/day 7/7.", "Analgesia.", "Avoid pregnant contacts."], plan_n=(1, 2),
  sn=[F("Return if eye involvement or pain persists after the rash – ?post-herpetic neuralgia.", "neuralgia>")], sn_p=0.6)

C("pruritus", 2, tel=0.3, band="older",
  pc=[F("Itchy skin all over {dm}, no rash visible.", "itching", "rash-")],
  assoc=["Dry skin.", F("Tired.", "fatigue"), F("No weight loss.", "weight_loss-")], assoc_n=(1, 2), neg_n=(0, 0),
  exam=[F("Dry skin, excoriations, no rash.", "rash-")],
  imp=["pruritus ?cause", "asteatotic itch"],
  plan=["Bloods for itch: FBC, LFT, ferritin, TFT, U&E.", "Emollients liberally."], plan_n=(1, 2))

# --- children -----------------------------------------------------------------------------
C("child_aom", 4, tel=0.3, band="child",
  pc=[F("Mum reports fever and earache {d}.", "fever", "earache"), F("Dad says temp up to 39 and pulling at R ear.", "fever")],
  assoc=[F("Off food.", "loss_of_appetite"), "Fully immunised.", F("Brother has the same cough.", "cough@")], assoc_n=(0, 1),
  neg=["Drinking well, plenty of wet nappies.", "Not drowsy, playing normally.", F("No rash.", "rash-")], neg_n=(1, 2),
  exam=[F("T 38.1°C, HR 130, CRT < 2s. R TM bulging, red. Throat NAD.", "fever"), "R TM dull and red, L NAD. Chest clear. CRT < 2s."],
  imp=["AOM", "acute otitis media"],
  plan=["Paracetamol/ibuprofen, fluids.", "Delayed amoxicillin script."], plan_n=(1, 2),
  sn=[F("Return if fever > 5 days or ear discharge.", "fever>"), "Traffic-light leaflet given."], sn_p=0.85)

C("child_croup", 3, tel=0.3, band="child",
  pc=[F("3yo with barking cough and hoarse voice overnight.", "cough", "hoarse_voice"),
      F("Mum reports barky cough since last night, noisy breathing when upset.", "cough")],
  assoc=[F("Mild fever.", "fever"), "Coryzal."], assoc_n=(0, 1),
  neg=[F("No breathing difficulty at rest.", "difficulty_breathing-"), F("No drooling.", )], neg_n=(1, 1),
  exam=["No stridor at rest, no recession, sats 98%.", "Occasional stridor when crying, none at rest."],
  imp=["croup (mild)", "mild croup"],
  plan=["Dexamethasone 0.15mg/kg stat."], plan_n=(1, 1),
  sn=[F("Call 999 if stridor at rest or working hard to breathe.", "difficulty_breathing>")], sn_p=0.9)

C("child_rash", 2, tel=0.5, band="child",
  pc=[F("Mum worried – rash on tummy since yesterday, blanching on glass test, mild cold.", "rash")],
  assoc=[F("Low-grade fever.", "fever"), "Eating and drinking."], assoc_n=(0, 1), neg_n=(0, 0),
  exam=[F("Blanching maculopapular rash trunk, well child.", "rash")], tel_exam=[F("Photo: blanching rash.", "rash")],
  imp=["viral rash", "?viral exanthem"],
  plan=["Reassured.", "Paracetamol PRN."], plan_n=(1, 1),
  sn=[F("Call 999 if non-blanching rash, floppy or breathing difficulty.", "rash>", "difficulty_breathing>")], sn_p=0.9)

C("child_wheeze", 3, tel=0.3, band="child",
  pc=[F("Cough and cold {d}, mum says a bit wheezy at night.", "cough", "wheezing"),
      F("4yo, 3rd episode of wheeze with colds this winter.", "wheezing")],
  assoc=[F("Brother has asthma.", ), "Fully immunised."], assoc_n=(0, 1),
  neg=[F("No fever.", "fever-"), F("No breathing difficulty.", "difficulty_breathing-")], neg_n=(1, 1),
  exam=[F("Mild wheeze bilat, no recession, sats 96%.", "wheezing"), "Chest clear today, sats 98%."],
  imp=["viral wheeze", "viral induced wheeze"],
  plan=["Salbutamol via spacer PRN.", "Written plan given."], plan_n=(1, 2),
  sn=[F("Call 999 if struggling to breathe or blue inhaler not lasting 4h.", "difficulty_breathing>")], sn_p=0.9)

C("child_tummy", 2, tel=0.3, band="child",
  pc=[F("Vomited x2 this am, now tummy ache.", "vomiting", "abdominal_pain"),
      F("Tummy pain around belly button {d}, comes and goes.", "abdominal_pain")],
  assoc=[F("Mild fever.", "fever"), "Eating less."], assoc_n=(0, 1),
  neg=[F("No diarrhoea.", "diarrhea-"), F("No dysuria.", "dysuria-")], neg_n=(1, 1),
  exam=["Abdo soft, no guarding, not tender RIF, hopping ok.", "Abdo mildly tender periumbilical, no peritonism."],
  imp=["?mesenteric adenitis", "viral illness", "non-specific abdominal pain"],
  plan=["Fluids, paracetamol.", "Urine dip NAD."], plan_n=(1, 2),
  sn=[F("Return if pain moves to R side, persistent vomiting or worsening.", "vomiting>", "abdominal_pain>")], sn_p=0.9)

# --- older people ---------------------------------------------------------------------------
C("delirium", 4, mode=["home", "home", "f2f"], band="older",
  pc=[F("Daughter concerned – more confused {d}.", "confusion"), F("Carers report new confusion and agitation since yesterday.", "confusion")],
  assoc=[F("Urine smelly, more incontinent than usual.", "urinary_incontinence"), F("Not eating well.", "loss_of_appetite"),
         "PMH: vascular dementia, CKD3, T2DM."], assoc_n=(1, 2),
  neg=[F("No cough or SOB.", "cough-", "dyspnea-"), "No falls."], neg_n=(0, 1),
  exam=["Alert but disorientated to time. T 37.9. Chest clear. Abdo soft.", "AMTS 5/10 (baseline 8). Obs: T 38.0, HR 96. Dip: nit+ leu+."],
  imp=[F("delirium ?UTI", "delirium"), F("?delirium", "delirium?"), F("acute confusion ?UTI", "confusion")],
  plan=["Urine MC&S, bloods.", "Nitrofurantoin.", "Review 48h.", "Fluids encouraged."], plan_n=(1, 2),
  sn=[F("Family to call if more drowsy or not drinking.", ), "Admission if deteriorates."], sn_p=0.6)

C("falls", 4, mode=["home", "tel", "f2f"], band="older",
  pc=[F("Fall at home overnight, found on the floor by carer.", "fall"), F("Two falls in the last month.", "fall")],
  assoc=["Lives alone, carers QDS.", F("Swollen ankles.", "limb_swelling"), "Mobilises with a frame."], assoc_n=(0, 2),
  neg=["No head injury.", F("No dizziness or blackout.", "dizziness-", "syncope-"), F("No chest pain.", "chest_pain-")], neg_n=(1, 2),
  exam=["No injuries found, mobilising with frame.", "Bruising L forearm only. Obs stable."],
  imp=[F("mechanical fall", "fall"), "frailty", F("recurrent falls", "fall")],
  plan=["Falls referral.", "Med review – stop zopiclone.", "OT assessment.", "Pendant alarm."], plan_n=(1, 2),
  sn=[F("Call 999 if further falls with injury.", "fall>")], sn_p=0.5)

C("memory", 3, mode=["f2f", "f2f", "tel"], band="older",
  pc=[F("Increasingly forgetful over the last year, repeating questions.", "memory_impairment"),
      F("Wife worried about his memory – missing appointments, losing keys.", "memory_impairment")],
  assoc=[F("Mood ok.", ), "Still driving.", "Managing finances with help."], assoc_n=(1, 2), neg_n=(0, 0),
  exam=["MoCA 23/30.", "6CIT 12."],
  imp=[F("?memory impairment – assess", "memory_impairment?"), F("?MCI", "mild_cognitive_disorder?")],
  plan=["Dementia screen bloods.", "Memory clinic referral.", "DVLA advice."], plan_n=(1, 3))

C("frailty", 2, mode=["home", "f2f"], band="older",
  pc=[F("Off her legs, weak, eating little.", "asthenia", "loss_of_appetite")],
  assoc=[F("Weight loss 4kg over 3/12.", "weight_loss"), "Lives with husband."], assoc_n=(1, 1),
  neg=[F("No cough, no dysuria.", "cough-", "dysuria-"), F("Not confused.", "confusion-")], neg_n=(1, 1),
  exam=["Thin, obs stable. Chest clear, abdo soft."],
  imp=["frailty", "?underlying cause for weight loss"],
  plan=["Bloods, urine.", "Dietitian.", "Review 1/52."], plan_n=(1, 2))

# --- gynae ------------------------------------------------------------------------------------
C("irregular_periods", 3, tel=0.4, sex="F", band="adult",
  pc=[F("Periods irregular {dl}, cycles 21-45 days.", "irregular_periods"),
      F("Cycle all over the place since stopping the pill.", "menstrual_cycle_abnormal")],
  assoc=["Acne and hirsutism.", "Weight gain.", "No IMB/PCB.", "Smear up to date."], assoc_n=(1, 2), neg_n=(0, 0),
  imp=["?PCOS", "irregular cycles – likely post-pill"],
  plan=["Bloods: LH, FSH, testosterone, TFT, prolactin.", "Pelvic USS.", "Review 3/12."], plan_n=(1, 2))

C("menorrhagia", 2, tel=0.4, sex="F", band="adult",
  pc=[F("Heavy periods, flooding, double protection.", "menorrhagia")],
  assoc=[F("Tired.", "fatigue"), F("Painful periods too.", "dysmenorrhea"), "No IMB/PCB."], assoc_n=(1, 2), neg_n=(0, 0),
  imp=["menorrhagia ?fibroids", "HMB"],
  plan=["FBC, ferritin.", "Pelvic USS.", "Tranexamic acid.", "Mirena discussed."], plan_n=(1, 2))

C("dysmenorrhoea", 2, tel=0.5, sex="F", band=["adult", "child"],
  pc=[F("Painful periods, off school/work 1-2 days/month.", "dysmenorrhea")],
  assoc=[F("Nausea day 1.", "nausea"), "Periods regular."], assoc_n=(1, 1), neg_n=(0, 0),
  imp=["primary dysmenorrhoea"],
  plan=["Mefenamic acid 500mg TDS during periods.", "COCP discussed."], plan_n=(1, 2))

C("perimenopause", 3, tel=0.4, sex="F", band="adult",
  pc=[F("Perimenopausal sx: hot flushes, poor sleep, low libido, irritability.", "difficulty_sleeping", "reduced_libido")],
  assoc=[F("Joint aches.", "arthralgia"), F("Brain fog.", "impaired_cognition"), "Mood swings.", F("Tired.", "fatigue")],
  assoc_n=(1, 2), neg_n=(0, 0),
  imp=["perimenopause"],
  plan=["HRT discussed – leaflet.", "Start Evorel Conti.", "Review 3/12."], plan_n=(1, 2))

# --- cardiac ------------------------------------------------------------------------------------
C("palpitations", 4, tel=0.3, band=["adult", "adult", "older"],
  pc=[F("Palpitations {dm}, heart pounding in the evenings.", "palpitations"),
      F("Intermittent fast heartbeat {dm}, lasts minutes.", "palpitations")],
  assoc=["Drinks 6 coffees a day.", F("Anxious at work.", "anxiety"), F("Lightheaded during episodes.", "lightheadedness"),
         "FH: father IHD at 60."], assoc_n=(0, 2),
  neg=[F("No syncope.", "syncope-"), F("No SOB.", "dyspnea-"), F("No chest pain.", "chest_pain-")], neg_n=(1, 2),
  exam=["Pulse 72 reg, BP {bp}, HS normal. ECG SR.", "HR 80 regular. ECG SR, normal intervals."],
  imp=["palpitations ?ectopics", "?SVT", "palpitations – likely benign"],
  plan=["Holter.", "TFT, FBC, U&E.", "Reduce caffeine."], plan_n=(1, 2),
  sn=[F("Return if syncope or chest pain.", "syncope>", "chest_pain>")], sn_p=0.8)

C("chest_pain_msk", 3, tel=0.2,
  pc=[F("Atypical chest pain {d}, sharp, L-sided, worse on pressing.", "chest_pain"),
      F("Chest wall pain after moving furniture, worse on twisting.", "chest_pain")],
  assoc=["Gym.", "Non-smoker."], assoc_n=(0, 1),
  neg=[F("No SOB.", "dyspnea-"), F("No exertional pain, no sweating.", ), F("No cough or fever.", "cough-", "fever-")], neg_n=(1, 2),
  exam=["Chest wall tender L 4th costochondral jn. ECG normal.", "Reproducible tenderness L chest wall, HS normal, chest clear."],
  imp=["?costochondritis", "MSK chest pain"],
  plan=["Ibuprofen, reassure.", "Heat."], plan_n=(1, 1),
  sn=[F("If chest pain with SOB or sweating – 999.", "chest_pain>", "dyspnea>")], sn_p=0.9)

C("hf_review", 2, tel=0.3, band="older", title="Chronic disease review", head=["Heart failure review.", "HF review (HFrEF)."],
  pc=[F("Ankles more swollen {dm}, weight up 2kg.", "limb_swelling"), F("Breathless on exertion, stable, MRC 2.", "dyspnea_on_exertion")],
  assoc=[F("No orthopnoea, no PND.", ), "Adherent to meds.", F("Tired.", "fatigue")], assoc_n=(1, 2),
  neg=[F("No chest pain.", "chest_pain-"), F("No palpitations.", "palpitations-")], neg_n=(0, 1),
  exam=[F("Pitting oedema to mid-shin, bibasal creps.", "edema"), F("Mild ankle oedema, chest clear.", "edema")],
  imp=["HF – mild fluid overload", "HF stable"],
  plan=["Increase furosemide to 80mg for 3/7.", "U&E 1/52.", "Daily weights."], plan_n=(1, 2),
  sn=[F("Call if breathless at night or weight up 2kg in 3 days.", "dyspnea>")], sn_p=0.6)


LC_SYMS = [
    F("Ongoing fatigue, worse after exertion.", "fatigue", "postexertional_fatigue"),
    F("PEM after even short walks – ‘wiped out’ for 2 days.", "postexertional_fatigue"),
    F("Brain fog +++, losing track mid-sentence.", "impaired_cognition"),
    F("Poor concentration, can't read more than a page.", "poor_concentration"),
    F("Memory worse – forgetting appointments.", "memory_impairment"),
    F("SOBOE, one flight of stairs.", "dyspnea_on_exertion"),
    F("Breathless walking uphill.", "dyspnea_on_exertion"),
    F("Intermittent chest tightness and palpitations.", "palpitations"),
    F("Joint and muscle aches.", "arthralgia", "myalgia"),
    F("Headaches most days.", "headache"),
    F("Difficulty sleeping.", "difficulty_sleeping"),
    F("Unrefreshing sleep, exhausted on waking.", "fatigue"),
    F("Sense of smell still reduced.", "hyposmia"),
    F("Taste distorted – meat tastes metallic.", "dysgeusia"),
    F("Tinnitus since infection.", "tinnitus"),
    F("Low mood secondary to limitations.", "depressed_mood"),
    F("Anxious about return to work.", "anxiety"),
    F("Dizzy on standing.", "dizziness"),
    F("Lightheaded when standing from sitting.", "lightheadedness"),
    F("Pins and needles in hands.", "paresthesia"),
    F("Hair thinning.", ),
    F("Reduced concentration at work.", "reduced_concentration"),
    F("TATT.", "tired_all_the_time"),
    F("Lethargic.", "lethargy"),
]


def sc_longcovid():
    mode = R.choice(["f2f", "tel", "video", "f2f"])
    head = pick(["Long COVID f/u.", "Post-COVID review.", "Long COVID clinic review.", "Post-COVID syndrome – follow-up.",
                 "LC clinic.", "Long COVID assessment."])
    inf = pick(["COVID {ago}, not admitted.", "Confirmed COVID {ago} (PCR), managed at home.",
                "Admitted with COVID pneumonia {ago}, 5 days on ward, no ITU.", "COVID {ago}, 2nd infection.", "COVID+ {ago}."])
    used = set()
    syms = choose(LC_SYMS, 2, 4, used)
    keys = {k for _, m in syms for k in m}
    impr = choose([F("Initial loss of smell has resolved.", "anosmia^"), F("Cough has settled.", "cough^"),
                   F("Fevers resolved early on.", "fever^"), F("Had diarrhoea in the acute phase, none since.", "diarrhea^")],
                  0, 1, used) if R.random() < 0.45 else []
    neg = choose([F("No chest pain.", "chest_pain-"), F("No syncope.", "syncope-"), F("No fevers.", "fever-"),
                  F("Denies haemoptysis or calf swelling.", "hemoptysis-", "limb_swelling-"), "No orthopnoea.",
                  F("No palpitations.", "palpitations-")], 0, 2, used)
    inv = choose(["Bloods (FBC, CRP, ferritin, TFT, HbA1c) normal.", "CXR clear.", "1-min sit-to-stand: sats 97→95%, HR 82→110.",
                  "NASA lean test normal.", "ECG SR.", "Echo normal.", "Fatigue Severity Scale 52.", "C19-YRS completed.",
                  "PHQ-9 11, GAD-7 9."], 0, 2, set())
    if keys & {"palpitations", "dizziness", "lightheadedness"}:
        imp = pick([F("post-COVID syndrome, ?POTS.", "pots?"), "long COVID with dysautonomia.", "post-COVID syndrome."])
    else:
        tired = keys & {"fatigue", "postexertional_fatigue", "tired_all_the_time", "lethargy"}
        imp = pick(["post-COVID syndrome.", "ongoing symptomatic COVID-19.",
                    F("?post-viral fatigue.", "postviral_fatigue?") if tired else "post-COVID syndrome, slow recovery.",
                    F("post-viral fatigue.", "postviral_fatigue") if tired else "long COVID – multisystem symptoms.",
                    "long COVID, slowly improving."])
    plan = ["Pacing/energy management, OT referral.", "Referred to post-COVID rehab (MDT).",
            "Graded return to work, fit note 4/52 amended duties.", "r/v 6/52.", "Your COVID Recovery website."]
    if keys & {"dyspnea_on_exertion"}:
        plan.append("Breathing pattern physio.")
    if keys & {"headache", "difficulty_sleeping"}:
        plan.append("Trial low-dose amitriptyline 10mg nocte.")
    if keys & {"hyposmia", "dysgeusia"}:
        plan.append("Smell training.")
    if keys & {"palpitations", "dizziness", "lightheadedness"}:
        plan.append("Lying/standing BP and HR, fluids and salt.")
    if keys & {"depressed_mood", "anxiety"}:
        plan.append("Talking therapies self-referral.")
    plan = choose(plan, 1, 3, set())
    sn = maybe([F("To contact if chest pain or syncope.", "chest_pain>", "syncope>"), F("Re-refer if new SOB.", "dyspnea>"),
                "Safety-netted."], 0.5)
    st = Style()
    secs = [("", [head] + (intro(mode) if mode != "f2f" else [])), ("", [inf] + syms + impr + neg),
            (R.choice(["Ix:", "Results:", ""]), inv), (st.imp, [imp]), (st.plan, plan + sn)]
    title = "Long COVID clinic" if R.random() < 0.7 else TITLES[mode][0]
    return mode, secs, st, {"after": LONGCOVID_START, "title": title, "band": R.choice(["adult"] * 4 + ["older"])}


def sc_nosymptom():
    kind = R.choice(["med", "htn", "dm", "thyroid", "admin", "pill", "results", "vacc", "smoking", "lipids"])
    txt = {
        "med": pick(["Medication review. BP {bp}. Bloods up to date. Continue ramipril and atorvastatin. Next review 12/12.",
                     "SMR done. Taking all meds as prescribed, no side effects reported. BP {bp}. Continue. Recall 12/12.",
                     "Med review (tel). Stopped omeprazole – no longer needed. Rest unchanged. BP {bp} at pharmacy."]),
        "htn": pick(["HTN review. Clinic BP {bp}, home readings average {bp}. Asymptomatic. Continue amlodipine 5mg.",
                     "BP check. {bp}. U&E normal. Continue losartan. Next check 6/12.",
                     "Hypertension review. No chest pain, no headaches. BP {bp}. Continue."]),
        "dm": pick(["Diabetes review. HbA1c 49. Feet: sensation intact, pulses palpable. Retinal screen up to date. Continue metformin.",
                    "DM review – HbA1c 58 (was 63). No hypos. Feet NAD. Weight down 3kg. Keep going with diet changes.",
                    "T2DM annual review. Urine ACR normal, eGFR 81, feet low risk. No concerns. Continue."]),
        "thyroid": pick(["Hypothyroid review. TSH 2.1. Feels well. Continue levothyroxine 100µg.",
                         "TFT result: TSH 6.8 – increase levothyroxine to 75mcg, repeat 6/52. Pt informed by phone."]),
        "admin": pick(["DVLA form completed. No concerns.", "Letter for housing officer re mobility – done.",
                       "Repeat prescription query – ramipril reauthorised for 12/12.", "Insurance report completed from records.",
                       "Discussed with community pharmacist re stock shortage – switched to alternative brand."]),
        "pill": pick(["Pill check. BP {bp}, BMI 23. Non-smoker. No migraines. Continue Rigevidon 12/12.",
                      "Contraception review. Happy with implant, no problems. Due change 2024."]),
        "results": pick(["Results: FBC, U&E, LFT, TFT normal. Pt informed by text.",
                         "Blood results reviewed – ferritin 14, start ferrous fumarate 210mg BD, recheck 3/12.",
                         "Spoke to pt re normal CXR. No further action."]),
        "vacc": pick(["Shingles vaccine discussed, booked with nurse.", "Travel vaccines: hep A and typhoid given, advice leaflet."]),
        "smoking": pick(["Smoking cessation review – 6 weeks quit, CO 3ppm. Continue NRT patch 21mg.",
                         "Wants to stop smoking. Referred to stop smoking service. Varenicline discussed."]),
        "lipids": pick(["QRISK3 14%. Discussed statin – agreed to start atorvastatin 20mg. LFTs/lipids 3/12.",
                        "Lipid check: TC 4.1, LDL 2.0. On target. Continue."]),
    }[kind]
    text = fill(txt)
    extra = maybe([F("Nil else.", ), F("No new concerns.", ), F("Pt well.", ), F("Recall set.", )], 0.5)
    mode = "tel" if kind in ("results", "admin") or R.random() < 0.3 else "f2f"
    title = {"med": "Medication review", "htn": "Chronic disease review", "dm": "Chronic disease review",
             "thyroid": "Chronic disease review", "pill": "GP consultation", "vacc": "Practice nurse appointment",
             "smoking": "Practice nurse appointment", "lipids": "GP consultation", "admin": "Administration",
             "results": "Telephone consultation"}[kind]
    st = Style()
    secs = [("", [(text, [])] + extra)]
    info = {"title": title, "band": R.choice(["adult", "adult", "older"])}
    if kind == "pill":
        info["sex"] = "F"
        info["band"] = "adult"
    return mode, secs, st, info



FUNCS = [(sc_longcovid, 28), (sc_nosymptom, 24)]


def make_composed():
    out, seen = [], set(h["text"] for h in HAND)
    jobs = [(lambda c=c: case_note(c), c["n"], c["name"]) for c in CASES] + [(fn, n, fn.__name__[3:]) for fn, n in FUNCS]
    for fn, n, name in jobs:
        for _ in range(n):
            for _try in range(50):
                mode, secs, st, info = fn()
                text, ms = compose(secs, st)
                if R.random() < 0.9:
                    text = asciify(text)
                if 80 <= len(text) <= 900 and text not in seen:
                    break
            seen.add(text)
            title = info.get("title") or R.choice(TITLES["home" if mode == "home" else mode])
            out.append(dict(title=title, sex=info.get("sex"), band=info.get("band") or "adult", text=text,
                            person=None, date=None, after=info.get("after"), before=info.get("before"),
                            draft=sorted(set(ms)), scenario=name))
    return out


# ---------------------------------------------------------------------------
# Persons and dates
# ---------------------------------------------------------------------------
def d(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def rand_date(lo, hi):
    for _ in range(100):
        x = lo + dt.timedelta(days=R.randint(0, (hi - lo).days))
        if x.weekday() < 5 or R.random() < 0.08:
            return x
    return x


def build():
    notes = [dict(h, draft=None, scenario="hand") for h in HAND] + make_composed()

    # persons: fixed series keys first, then a pool with sex and age band
    series = {}
    for n in notes:
        if n["person"]:
            series.setdefault(n["person"], (n["sex"], n["band"]))
    pool = []
    for band, count in (("child", 14), ("adult", 78), ("older", 28)):
        for _ in range(count):
            pool.append({"sex": R.choice("FM"), "band": band})
    # make sure there are enough women (gynae/pill/UTI notes)
    for p in pool[14:14 + 46]:
        p["sex"] = "F"
    R.shuffle(pool)
    persons = []
    for key, (sex, band) in series.items():
        persons.append({"key": key, "sex": sex, "band": band, "n": 0})
    for p in pool[:120 - len(series)]:
        persons.append({"key": None, "sex": p["sex"], "band": p["band"], "n": 0})
    # person_ids: random-looking 5-6 digit numbers, stable
    ids = R.sample(range(10000, 99999), len(persons))
    for p, i in zip(persons, ids):
        p["id"] = i
    bykey = {p["key"]: p for p in persons if p["key"]}
    # weights so that some people consult a lot
    for p in persons:
        p["w"] = R.choice([1, 1, 2, 2, 3, 4, 6])

    R.shuffle(notes)
    # first pass: every free person gets at least one note
    for n in notes:
        if n["person"]:
            n["pid"] = bykey[n["person"]]["id"]
            bykey[n["person"]]["n"] += 1
    for n in notes:
        if n["person"]:
            continue
        ok = [p for p in persons if not p["key"] and (n["sex"] in (None, p["sex"])) and n["band"] == p["band"]]
        fresh = [p for p in ok if p["n"] == 0]
        if fresh:
            p = R.choice(fresh)
        else:
            p = R.choices(ok, weights=[q["w"] for q in ok])[0]
        n["pid"] = p["id"]
        p["n"] += 1

    # dates
    for n in notes:
        if n["date"]:
            n["day"] = d(n["date"])
        else:
            lo = max(START, d(n["after"]) if n["after"] else START)
            hi = min(END, d(n["before"]) if n["before"] else END)
            n["day"] = rand_date(lo, hi)
    notes.sort(key=lambda n: (n["day"], n["pid"], n["text"]))
    for i, n in enumerate(notes, 1):
        n["note_id"] = i
    return notes, persons


PART_LANGS = ["fr", "es", "it", "de", "nl", "ro"]


def main():
    if "--parts" in sys.argv:
        for lang in PART_LANGS:
            subprocess.run([sys.executable, os.path.join(HERE, "parts", "make_%s.py" % lang)], check=True)
    notes, persons = build()
    path = os.path.join(HERE, "notes.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["note_id", "person_id", "note_date", "note_title", "language", "note_text"])
        for n in notes:
            w.writerow([n["note_id"], n["pid"], n["day"].isoformat(), n["title"], "en", n["text"]])
        # The other six languages: 50 notes each, written by parts/make_<lang>.py (run first).
        for lang in PART_LANGS:
            with open(os.path.join(HERE, "parts", lang + ".csv"), newline="", encoding="utf-8") as ph:
                rows = list(csv.reader(ph))
            if rows[0] != ["note_id", "person_id", "note_date", "note_title", "language", "note_text"]:
                raise SystemExit("parts/%s.csv: unexpected header %r" % (lang, rows[0]))
            for r in rows[1:]:
                w.writerow(r)
                notes.append({"pid": r[1]})
    if "--drafts" in sys.argv:
        out = sys.argv[sys.argv.index("--drafts") + 1]
        with open(out, "w", encoding="utf-8") as fh:
            for n in notes:
                fh.write(json.dumps({"note_id": n["note_id"], "scenario": n["scenario"], "draft": n["draft"],
                                     "text": n["text"]}, ensure_ascii=False) + "\n")
    print("wrote %d notes for %d persons to %s" % (len(notes), len({n["pid"] for n in notes}), path))


if __name__ == "__main__":
    main()

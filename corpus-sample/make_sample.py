#!/usr/bin/env python3
"""Build corpus-sample/notes.csv: synthetic UK GP free-text notes for symptext.

Every note is invented for this project (no real patient data). About 65 notes
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
HV. Known to me. Disorientated to time and place, more confused than baseline per daughter. Temp 38.1°C, HR 102, BP 128/70, sats 96%. Chest clear. Abdo soft, suprapubic tenderness. Urine dip nit+ leu++. New urinary incontinence 2/7.
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
Feels her mood has dropped again since the clocks changed. Low mood, tearful, poor concentration, comfort eating. Mother had depression, on antidepressants for years. Sleeping 10-11h and still tired.
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
CHD annual review. Stent LAD 2020. No angina since, no breathlessness, walks 2 miles daily. No palpitations.
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
D&V since Sat, approx 6 loose stools/day, vomited x3 yesterday, none today. Crampy tummy pains before BO. No blood PR. Partner also unwell with D&V – ate at the same restaurant. Keeping fluids down now, PU ok.
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
Phone call with Dad. 8mo, cough and runny nose 4/7, feeding slightly less (~2/3 of usual), wet nappies ok. No fever today. No breathing difficulty reported.
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
Fibromyalgia review. Widespread pain, worse in the cold, sleep unrefreshing. Fatigue limiting – works 3 days/week. Mood low at times, not depressed. Duloxetine 60mg helping somewhat.
Plan: continue duloxetine, pain management programme referral, gentle exercise (hydrotherapy).
""")

H("GP consultation", "F", "adult", """
22F. Periods irregular since menarche, cycles 35-90 days. Painful periods, misses 1 day of uni per month. Acne, excess hair on chin. BMI 29. No galactorrhoea.
Imp: ?PCOS.
Plan: bloods day 2-5 (LH, FSH, testosterone, SHBG, prolactin, TFT), pelvic USS. Discussed COCP.
""")

H("GP consultation", "F", "adult", """
51F. Hot flushes and night sweats 6/12, waking 3-4 times a night. Low libido, joint aches, brain fog at work ("walk into rooms and forget why"). LMP 5/12 ago. Mood ok. Not keen on HRT initially.
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
Tel. Food sticking at lower chest level 2/12, solids worse than liquids. Some weight loss (clothes looser). No vomiting. Indigestion for years.
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
Double vision since yesterday, worse looking to the R. Mild headache behind L eye. No weakness, no speech disturbance. T2DM, HTN.
O/E: L ptosis, L eye down and out, pupils equal and reactive.
Imp: ?L 3rd nerve palsy (pupil sparing – ?microvascular).
Plan: same-day eye casualty / neuro referral discussed and accepted.
""")

H("GP consultation", "F", "adult", """
Purple, itchy, swollen toes on both feet 2/52 – "COVID toes"? Had a mild cough and fever 4/52 ago, not tested. Otherwise well.
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
Plan: stop ibuprofen, lansoprazole 30mg 4/52, H. pylori stool antigen. If black stools or vomiting blood – A&E.
""")

H("GP consultation", "F", "adult", """
Restless legs in the evenings 4/12, urge to move, relieved by walking around, ruining her sleep. 28/40 pregnant. No cramps.
Imp: RLS in pregnancy.
Plan: check ferritin, sleep hygiene, leg stretches; usually resolves after delivery.
""")

H("GP consultation", "F", "older", """
Sudden electric shock-like pains R cheek/jaw, seconds at a time, triggered by brushing teeth and cold wind, 3/52. Dentist found nothing. No facial numbness.
Imp: R trigeminal neuralgia.
Plan: carbamazepine 100mg BD titrate, U&E/FBC, r/v 2/52.
""")

H("GP consultation", "M", "adult", """
Ex-army, 2 tours Afghanistan. Nightmares and flashbacks, hypervigilant, avoids crowds. Diagnosed PTSD 2019 through Op COURAGE, did TF-CBT. Symptoms returned after a car crash in Oct. Sleeping 3-4h. Irritable with family. Drinking more.
Plan: re-refer Op COURAGE, sleep hygiene, alcohol advice, r/v 2/52.
""", after="2021-02-01")

H("GP consultation", "M", "older", """
78M. Weight loss ~6kg over 3/12, off his food, feels weak. No abdo pain, no change in bowel habit, no dysphagia, no cough. Wife says he is sleeping more.
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
16F collapsed in church during a long service, felt hot, lightheaded and sweaty beforehand, brief LOC ~10s, no jerking, no incontinence, no tongue biting. Back to normal immediately. No chest pain or palpitations.
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
74F. 6/52 stiffness and aching of both shoulders and hips, worst in the mornings (>1h), struggling to get out of a chair. Lethargic. No headache, no jaw claudication, no visual symptoms.
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
T/C. Known migraine. Attack started 6am with zigzag lines then L-sided throbbing headache, vomited x2. Usual pattern but triptan not working this time. No weakness, no fever, no neck stiffness.
Plan: buccal prochlorperazine, naproxen + sumatriptan. If worst-ever headache or new weakness – A&E.
""")

H("Telephone consultation", "M", "adult", """
Phoned for sick note – off work 3/7 with "flu", now better. Self-cert covers it. Explained not needed. Nil else.
""")

H("GP consultation", "F", "adult", """
Pt worried re bowel cancer – Dad diagnosed at 61 after months of change in bowel habit and weight loss. She has no symptoms: bowels regular, no bleeding, no abdo pain, weight stable.
Plan: reassured, FH criteria discussed, referred for colonoscopy surveillance per guidelines.
""")

H("Telephone consultation", "M", "adult", """
Rang back re ?shingles. 3/7 burning pain L side of chest wrapping round to back, now blistering rash in same area. Otherwise well. Photo reviewed: grouped vesicles T6 dermatome.
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
    return [pick(pool)] if R.random() < p else []


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


# --- scenarios --------------------------------------------------------------
def sc_urti():
    mode = mode_pick(0.5)
    pc = pick([
        F("c/o sore throat and blocked nose {d}.", "sore_throat", "nasal_congestion"),
        F("Sore throat {d}, painful to swallow.", "sore_throat"),
        F("Coryzal {d} with hoarse voice and dry cough.", "hoarse_voice", "cough"),
        F("Cold sx {d} – runny nose, sneezing, now ST.", "sore_throat"),
        F("Head cold {d}, stuffy nose, sinuses feel full, mild frontal headache.", "nasal_congestion", "headache"),
        F("Pt reports cough and sore throat for {d}.", "cough", "sore_throat"),
        F("Blocked nose and tickly cough {d}, voice hoarse since yesterday.", "nasal_congestion", "cough", "hoarse_voice"),
        F("Snuffly, congested, sore throat – {d}.", "nasal_congestion", "sore_throat"),
    ])
    assoc = some([
        F("Aching all over.", "myalgia"), F("Mild headache.", "headache"), F("Feverish on day 1, settled since.", "fever"),
        F("Tired.", "fatigue"), F("Ears popping.", ), F("Off food a bit.", "loss_of_appetite"),
        F("Works in a nursery – lots of bugs going round.", ), F("Taking Lemsip.", ),
    ], 0, 2)
    neg = some([
        F("No SOB.", "dyspnea-"), F("Nil SOB or CP.", "dyspnea-", "chest_pain-"), F("No fever.", "fever-"),
        F("Apyrexial at home.", "fever-"), F("Denies wheeze.", "wheezing-"), F("No earache.", "earache-"),
        F("Eating and drinking ok.", ), F("No rash.", "rash-"), F("No cough.", "cough-"),
    ], 1, 3)
    if mode == "f2f":
        ex = pick([F("T 37.1, chest clear, throat mildly injected, no exudate, TMs NAD.", ),
                   F("Afebrile. Pharynx red, tonsils not enlarged. No LN. Chest clear.", "fever-"),
                   F("Obs: T 36.8, HR 84, sats 98% RA. Chest clear. Nasal mucosa congested.", "nasal_congestion"),
                   F("Well. Throat NAD, chest clear.", )])
    else:
        ex = pick([F("Speaking in full sentences, no audible wheeze.", "wheezing-"), F("Not examined – telephone.", ),
                   F("Sounds well on the phone.", ), F("")])
    imp = pick(["viral URTI", "URTI", "coryzal illness", "viral pharyngitis", "common cold", "?sinusitis – early, likely viral"])
    plan = some(["Self-care: fluids, paracetamol/ibuprofen, honey & lemon.", "OTC decongestant and saline spray.",
                 "No abx indicated – explained viral.", "Salt water gargles, simple analgesia.", "Pharmacy First advice."], 1, 2)
    sn = safety([F("Return if fever > 3/7, SOB or not settling in 2/52.", "fever>", "dyspnea>"),
                 F("Safety-netted re worsening SOB / chest pain.", "dyspnea>", "chest_pain>"),
                 F("To call back if worse.", ), F("Seek help if difficulty swallowing or breathing.", "dysphagia>", "difficulty_breathing>"),
                 F("R/v if earache develops.", "earache>"), F("111 OOH if worse over the weekend.", )])
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc + neg), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {}


def sc_tonsillitis():
    mode = mode_pick(0.25)
    pc = pick([F("Sore throat {d}, worse on swallowing, fevers overnight.", "sore_throat", "fever"),
               F("ST {d}, fever and feels awful, no cough.", "sore_throat", "fever", "cough-"),
               F("Very sore throat {d}, struggling to swallow solids.", "sore_throat", "dysphagia"),
               F("Throat pain {d}, hot and shivery, can barely eat.", "sore_throat", "fever")])
    assoc = some([F("No cough or coryza.", "cough-"), F("Headache and generally achy.", "headache", "myalgia"),
                  F("Muffled voice.", ), F("Off food.", "loss_of_appetite"), F("Neck glands up.", ),
                  F("Recurrent tonsillitis – 4th episode this year.", )], 0, 2)
    ex = pick([F("T 38.3°C. Tonsils enlarged + exudate bilat, tender ant. cervical LNs.", "fever"),
               F("Febrile 38.6. Exudative tonsillitis, uvula central, no trismus.", "fever"),
               F("T 37.9, inflamed tonsils with white spots, cervical lymphadenopathy.", ),
               F("Afebrile. Tonsils red and swollen, small exudate R. Uvula central.", "fever-")])
    score = pick(["FeverPAIN 4.", "Centor 3/4.", "FeverPAIN 3.", "Centor 4/4."])
    imp = pick(["acute tonsillitis", "?bacterial tonsillitis", "tonsillitis", "?strep throat"])
    plan = pick(["Phenoxymethylpenicillin 500mg QDS 10/7.", "Clarithromycin 250mg BD 5/7 (pen allergic).",
                 "Back-up script pen V, to use if not improving 3/7.", "Pen V 1g BD 10/7."])
    sn = safety([F("Return if unable to swallow fluids or drooling.", "dysphagia>"), F("Safety-netted re quinsy symptoms.", ),
                 F("To call if rash or not improving 48-72h.", "rash>")])
    st = Style()
    exsec = [ex, (score, [])] if mode == "f2f" else [(R.choice(["Photo of throat sent – exudate visible.", "Unable to examine."]), []), (score, [])]
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", exsec),
            (st.imp, [(imp + ".", [])]), (st.plan, [(plan, [])] + sn)]
    return mode, secs, st, {}


def sc_lrti():
    mode = mode_pick(0.35)
    pc = pick([F("Productive cough {d}, green sputum.", "cough", "sputum"),
               F("Cough with yellow phlegm and SOB {d}.", "cough", "sputum", "dyspnea"),
               F("Chesty cough {dm} following a cold, now feverish, pleuritic chest pain R side.", "cough", "fever", "chest_pain"),
               F("Worsening cough and wheeze {d}, using blue inhaler more.", "cough", "wheezing"),
               F("Cough {d} bringing up phlegm, feels rough, temp 38 yesterday.", "cough", "sputum", "fever")])
    assoc = some([F("Breathless on exertion.", "dyspnea_on_exertion"), F("Night sweats.", ), F("Fatigued.", "fatigue"),
                  F("No haemoptysis.", "hemoptysis-"), F("Nil haemoptysis, no weight loss.", "hemoptysis-", "weight_loss-"),
                  F("No calf pain or swelling.", "limb_swelling-"), F("Not confused.", "confusion-"),
                  F("Smoker 15/day.", ), F("PMH: asthma.", ), F("No chest pain.", "chest_pain-")], 1, 3)
    if mode == "f2f":
        ex = pick([F("Febrile 38.2, RR 22, sats 95% RA, HR 98. Coarse creps R base, bronchial breathing.", "fever"),
                   F("T 37.4, RR 18, sats 97%. Scattered wheeze, no focal signs.", "wheezing"),
                   F("Apyrexial, RR 16, sats 96%. Few creps L base.", "fever-"),
                   F("T 38.0°C, HR 104. Reduced AE R base with dullness.", )])
    else:
        ex = pick([F("Speaking in full sentences. Sats 96% on home oximeter.", ), F("Sounds chesty on phone, not distressed.", )])
    imp = pick(["LRTI", "CAP – CRB65 0", "infective exacerbation of asthma", "?early pneumonia", "acute bronchitis"])
    plan = pick(["Amoxicillin 500mg TDS 5/7.", "Doxycycline 200mg stat then 100mg OD 5/7.", "Pred 40mg 5/7 + doxy.",
                 "Amoxicillin 5/7, CXR 6/52 to confirm resolution.", "Clarithromycin 500mg BD 5/7."])
    sn = safety([F("Seek urgent help if increasingly breathless, chest pain or confusion.", "dyspnea>", "chest_pain>", "confusion>"),
                 F("Return if coughing up blood.", "hemoptysis>"), F("Safety-netted.", ),
                 F("Told to call 999 if struggling to breathe.", "difficulty_breathing>")], 0.85)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(plan, [])] + sn)]
    return mode, secs, st, {}


def sc_postviral_cough():
    mode = mode_pick(0.45)
    pc = pick([F("Cough persisting {dm} after viral illness, dry, tickly, worse at night.", "cough"),
               F("Still coughing {dm} after a cold. Otherwise well.", "cough"),
               F("Lingering dry cough since COVID {dm} ago.", "cough")])
    assoc = some([F("No SOB, no wheeze, no haemoptysis.", "dyspnea-", "wheezing-", "hemoptysis-"),
                  F("Non-smoker. No weight loss or night sweats.", "weight_loss-"), F("Some post-nasal drip.", ),
                  F("Reflux sx at night.", ), F("Sleep disturbed by cough.", "sleep_abnormality")], 1, 3)
    ex = pick([F("Chest clear, sats 98%, PEFR normal.", ), F("Chest clear. Throat: cobblestoning.", ), F("")])
    imp = pick(["post-viral cough", "post-infectious cough ?PND", "post-viral cough, reassured"])
    plan = pick(["Reassured – can last 3-8 weeks. Honey, steam.", "Trial of nasal steroid for PND.",
                 "CXR if persists a further 3/52."])
    sn = safety([F("Return if haemoptysis, weight loss or SOB.", "hemoptysis>", "weight_loss>", "dyspnea>"),
                 F("Review if fever or coughing up blood.", "fever>", "hemoptysis>")])
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex] if mode == "f2f" else []),
            (st.imp, [(imp + ".", [])]), (st.plan, [(plan, [])] + sn)]
    return mode, secs, st, {"after": COVID_START}


def sc_uti():
    mode = mode_pick(0.6)
    pc = pick([F("Dysuria and frequency {d}.", "dysuria"), F("Burning when passing urine {d}, going every hour.", "dysuria"),
               F("Stinging on micturition + urgency {d}, cloudy smelly urine.", "dysuria"),
               F("?UTI – {d} of frequency and lower abdo pain, no dysuria.", "abdominal_pain", "dysuria-"),
               F("UTI symptoms again – 3rd this year. Dysuria, urgency.", "dysuria")])
    assoc = some([F("No fever or rigors.", "fever-"), F("No loin pain.", ), F("No vomiting.", "vomiting-"),
                  F("Some leaking on the way to the toilet.", "urinary_incontinence"),
                  F("No vaginal discharge or itch.", "itching-"), F("Not pregnant – LMP 2/52 ago.", ),
                  F("Mild nausea.", "nausea"), F("No haematuria.", )], 1, 3)
    if mode == "f2f":
        ex = pick([F("Afebrile, abdo soft, mild suprapubic tenderness, no renal angle tenderness.", "fever-"),
                   F("Obs normal. Urine dip: nitrites +, leucs ++.", )])
    else:
        ex = pick([F("Urine dip (dropped in at reception): nitrites +, leucs ++, blood +.", ), F("")])
    imp = pick(["lower UTI", "uncomplicated UTI", "?UTI", "cystitis"])
    plan = pick(["Nitrofurantoin 100mg MR BD 3/7.", "Trimethoprim 200mg BD 3/7.", "Nitrofurantoin 3/7, MSU sent.",
                 "Pivmecillinam 400mg stat then 200mg TDS 3/7."])
    sn = safety([F("Advised to call if fever, loin pain or vomiting.", "fever>", "vomiting>"),
                 F("Safety-netted re pyelonephritis symptoms.", ), F("If not settled in 48h, MSU and review.", )], 0.85)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(plan, [])] + sn)]
    return mode, secs, st, {"sex": "F"}


def sc_gastro():
    child = R.random() < 0.3
    mode = mode_pick(0.55)
    if child:
        pc = pick([F("Mum reports D&V {d}, vomited x4 yesterday.", "diarrhea", "vomiting"),
                   F("Dad says vomiting since last night, now loose stools, tummy ache.", "vomiting", "diarrhea", "abdominal_pain"),
                   F("Diarrhoea {d}, 5-6x/day, not vomiting.", "diarrhea", "vomiting-")])
        assoc = some([F("Drinking ok, wet nappies.", ), F("Not drowsy, playing.", ), F("Sister had the same bug.", ),
                      F("No blood in stools.", ), F("Mild fever yesterday.", "fever"), F("No rash.", "rash-")], 1, 3)
    else:
        pc = pick([F("D&V {d}.", "diarrhea", "vomiting"), F("Diarrhoea x6/day {d}, no vomiting.", "diarrhea", "vomiting-"),
                   F("N&V since last night, now loose stools.", "nausea", "vomiting", "diarrhea"),
                   F("Vomiting {d}, can't keep anything down, tummy cramps.", "vomiting", "stomach_cramps"),
                   F("Watery diarrhoea {d} with crampy abdo pain.", "diarrhea", "abdominal_pain")])
        assoc = some([F("No blood PR.", ), F("No blood or mucus in stool.", ), F("Husband had D&V last week.", "diarrhea@", "vomiting@"),
                      F("Daughter off school with vomiting.", "vomiting@"), F("Mild fever at onset.", "fever"),
                      F("No recent travel or abx.", ), F("Passing urine ok.", ),
                      F("Feels weak and lightheaded on standing.", "asthenia", "lightheadedness")], 1, 3)
    ex = pick([F("Abdo soft, non-tender, BS active. Mucous membranes moist.", ),
               F("Mild generalised tenderness, no guarding. T 37.6.", ), F("Alert, well hydrated, CRT < 2s. Abdo SNT.", )]) \
        if mode == "f2f" else pick([F("Sounds well, keeping fluids down.", ), F("")])
    imp = pick(["viral gastroenteritis", "?norovirus", "acute gastroenteritis", "gastroenteritis"])
    plan = pick(["ORS, small frequent sips, off work/school 48h after last episode.", "Stool sample if persists > 7/7.",
                 "Fluids, Dioralyte, bland diet.", "Buccal prochlorperazine PRN, fluids."])
    sn = safety([F("Return if blood in stool, severe abdo pain or unable to keep fluids down.", "abdominal_pain>"),
                 F("Safety-netted re dehydration.", ), F("If vomiting persists > 24h call back.", "vomiting>"),
                 F("Call back if bloody diarrhoea.", "diarrhea>")], 0.8)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(plan, [])] + sn)]
    return mode, secs, st, {"band": "child" if child else R.choice(["adult", "adult", "older"])}


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
    head = pick([F("Long COVID f/u.", ), F("Post-COVID review.", ), F("Long COVID clinic review.", ),
                 F("Post-COVID syndrome – follow-up.", ), F("LC clinic.", )])
    inf = pick([F("COVID {ago}, not admitted.", ), F("Confirmed COVID {ago} (PCR), managed at home.", ),
                F("Admitted with COVID pneumonia {ago}, 5 days on ward, no ITU.", ),
                F("COVID {ago}, 2nd infection.", ), F("COVID+ {ago}.", )])
    syms = some(LC_SYMS, 2, 4)
    impr = maybe([F("Initial loss of smell has resolved.", "anosmia^"), F("Cough has settled.", "cough^"),
                  F("Fevers resolved early on.", "fever^"), F("Had diarrhoea in the acute phase, none since.", "diarrhea^")], 0.4)
    neg = some([F("No chest pain.", "chest_pain-"), F("No syncope.", "syncope-"), F("No fevers.", "fever-"),
                F("Denies haemoptysis or calf swelling.", "hemoptysis-", "limb_swelling-"), F("No orthopnoea.", ),
                F("No palpitations.", "palpitations-")], 0, 2)
    inv = some(["Bloods (FBC, CRP, ferritin, TFT, HbA1c) normal.", "CXR clear.", "1-min sit-to-stand: sats 97→95%, HR 82→110.",
                "NASA lean test normal.", "ECG SR.", "Echo normal.", "Fatigue Severity Scale 52.", "C19-YRS completed.",
                "PHQ-9 11, GAD-7 9."], 0, 2)
    if any(k in ("palpitations", "dizziness", "lightheadedness") for _, m in syms for k in m):
        imp = pick([F("post-COVID syndrome, ?POTS.", "pots?"), F("long COVID with dysautonomia.", ), F("post-COVID syndrome.", )])
    else:
        imp = pick([F("post-COVID syndrome.", ), F("ongoing symptomatic COVID-19.", ), F("?post-viral fatigue.", "postviral_fatigue?"),
                    F("post-viral fatigue.", "postviral_fatigue"), F("long COVID, slowly improving.", )])
    plan = some(["Pacing/energy management, OT referral.", "Referred to post-COVID rehab (MDT).",
                 "Graded return to work, fit note 4/52 amended duties.", "Breathing pattern physio.",
                 "Trial low-dose amitriptyline for sleep/headache.", "r/v 6/52.", "Smell training.", "Your COVID Recovery website."], 1, 3)
    sn = safety([F("To contact if chest pain or syncope.", "chest_pain>", "syncope>"), F("Re-refer if new SOB.", "dyspnea>"),
                 F("Safety-netted.", )], 0.5)
    st = Style()
    secs = [("", [head] + intro(mode)), ("", [inf] + syms + impr + neg), (R.choice(["Ix:", "Results:", ""]), [(x, []) for x, _ in inv]),
            (st.imp, [imp]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    title = "Long COVID clinic" if R.random() < 0.7 else TITLES[mode][0]
    return mode, secs, st, {"after": LONGCOVID_START, "title": title, "band": R.choice(["adult"] * 4 + ["older"])}


def sc_covid_acute():
    mode = R.choice(["tel", "tel", "tel", "video"])
    pc = pick([F("Positive COVID test today. Fever, cough, aches {d}.", "fever", "cough", "myalgia"),
               F("Lost sense of smell and taste yesterday, otherwise mild cold sx.", "anosmia", "ageusia"),
               F("New continuous cough and a temperature since {d}.", "cough", "fever"),
               F("COVID+ {d}. Headache and sore throat, no cough.", "headache", "sore_throat", "cough-"),
               F("COVID+ day 5. Profound fatigue, in bed most of the day.", "fatigue")])
    assoc = some([F("Some SOB walking around the house.", "dyspnea_on_exertion"), F("No SOB at rest.", "dyspnea-"),
                  F("Wife also positive with fever.", "fever@"), F("Diarrhoea x2.", "diarrhea"), F("Home sats 96-97%.", ),
                  F("No chest pain.", "chest_pain-"), F("Vomited once.", "vomiting"), F("Lost sense of smell.", "anosmia"),
                  F("Son has the same – cough and temp.", "cough@", "fever@")], 1, 3)
    plan = some(["Self-isolate per guidance, paracetamol, fluids.", "Pulse oximetry at home (COVID Oximetry @home).",
                 "Eligible for nMAB – referred to CMDU.", "Fit note 10/7."], 1, 2)
    sn = safety([F("If sats < 94% or more breathless call 111/999.", "dyspnea>"),
                 F("Safety-netted re red flags (SOB, chest pain, confusion).", "dyspnea>", "chest_pain>", "confusion>")], 0.9)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.imp, [pick(["COVID-19.", "probable COVID-19.", "mild COVID-19."])]),
            (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {"after": COVID_START, "before": dt.date(2022, 6, 30)}


def sc_back():
    mode = mode_pick(0.3)
    pc = pick([F("LBP {d} after gardening.", "low_back_pain"), F("Lower back pain {dm}, no injury.", "low_back_pain"),
               F("Back pain radiating to R buttock {d}.", "back_pain"), F("Acute low back pain since lifting a suitcase.", "low_back_pain"),
               F("Mid back ache {dm}, worse after long drives.", "back_pain"), F("Back pain on and off {dl}, flared {d}.", "back_pain")])
    assoc = some([F("Pain into L leg to the knee.", ), F("Some tingling in L foot.", "paresthesia"), F("No numbness/tingling.", "paresthesia-"),
                  F("No saddle anaesthesia, no bladder/bowel change.", ), F("No weight loss, no night pain, no fever.", "weight_loss-", "fever-"),
                  F("Red flags: nil.", ), F("H/o LBP, last episode 2019.", "low_back_pain^"),
                  F("Struggling to sleep due to pain.", "difficulty_sleeping"), F("Works as a delivery driver.", )], 1, 3)
    ex = pick([F("Tender L paraspinals, SLR 70° L / 85° R, power 5/5, reflexes symmetrical.", ),
               F("FROM but painful flexion, neuro intact.", ), F("Antalgic gait. Reduced lumbar flexion. L5 sensation intact.", )]) \
        if mode == "f2f" else pick([F("Walking about ok per pt.", ), F("")])
    imp = pick(["mechanical LBP", "LBP ?L5 radiculopathy", "simple mechanical back pain", "acute back strain"])
    plan = some(["Naproxen 500mg BD with omeprazole, 2/52.", "Keep active, heat, self-referral to MSK physio.",
                 "Co-codamol 8/500 PRN short term.", "Fit note 1/52.", "Back leaflet."], 1, 2)
    sn = safety([F("Safety-netted re cauda equina – leaflet given.", ), F("Urgent review if new numbness, leg weakness or bladder problems.", "muscle_weakness>"),
                 F("Return if not improving 6/52.", )], 0.8)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {}


def sc_joint():
    mode = mode_pick(0.2)
    pc = pick([F("R knee pain {dl}, worse on stairs, stiff in the mornings ~15 mins.", "arthralgia", "joint_stiffness"),
               F("Both knees aching, struggling with walking the dog.", "arthralgia"),
               F("Painful swollen L knee {d}, no trauma.", "arthralgia"),
               F("Hands stiff and painful in the mornings for > 1 hour, MCPs swollen.", "joint_stiffness", "arthralgia"),
               F("Joint pains hands/wrists {dm}.", "arthralgia"), F("L hip pain {dl}, groin ache, limping.", "arthralgia")])
    assoc = some([F("H/o gout.", ), F("No fever.", "fever-"), F("Mother had RA.", ), F("Fatigued.", "fatigue"),
                  F("No rash.", "rash-"), F("Using paracetamol with little effect.", ), F("Disturbing sleep.", "sleep_abnormality")], 0, 2)
    ex = pick([F("Crepitus, no effusion, ROM reduced.", ), F("Synovitis MCPs 2-3 bilat.", ), F("Hot swollen L knee, effusion, ROM limited by pain.", ),
               F("Pain on internal rotation of hip.", )]) if mode == "f2f" else (R.choice(["Photo reviewed.", ""]), [])
    imp = pick(["OA", "?inflammatory arthritis", "?gout flare", "OA knee", "OA hip"])
    plan = some(["X-ray.", "Bloods: CRP, RF, anti-CCP, urate.", "Physio, weight loss advice, topical NSAID.",
                 "Urgent rheum referral if synovitis confirmed.", "Colchicine 500mcg BD-TDS."], 1, 2)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan])]
    return mode, secs, st, {"band": R.choice(["adult", "older", "older"])}


def sc_headache():
    mode = mode_pick(0.35)
    pc = pick([F("Headaches {dm}, bifrontal, end of the day.", "headache"),
               F("Known migraine, more frequent since starting new job – 6 attacks this month.", "migraine"),
               F("Unilateral throbbing headaches with photophobia, 4-5/month.", "headache"),
               F("Migraine with aura – zigzag lines then headache and N&V, 3 attacks {dm}.", "migraine", "visual_disturbance", "headache", "nausea", "vomiting"),
               F("Daily headache {dm}, band-like, stress at home.", "headache")])
    assoc = some([F("No visual disturbance.", "visual_disturbance-"), F("No vomiting.", "vomiting-"),
                  F("No limb weakness, no speech disturbance.", "muscle_weakness-"), F("Mum has migraines.", "migraine@"),
                  F("FH migraine (father).", "migraine@"), F("Sleep poor recently.", "difficulty_sleeping"),
                  F("Taking co-codamol most days.", ), F("No fever or rash.", "fever-", "rash-"), F("On COCP.", )], 1, 3)
    ex = pick([F("BP {bp}, fundi normal, neuro exam NAD.", ), F("Neuro exam normal. BP {bp}.", )]) if mode == "f2f" else ("", [])
    imp = pick([F("tension-type headache.", ), F("migraine without aura.", "migraine"), F("?medication overuse headache.", "headache?"),
                F("?migraine.", "migraine?"), F("chronic daily headache.", )])
    plan = some(["Propranolol 40mg BD prophylaxis.", "Sumatriptan 50mg PRN.", "Headache diary.", "Amitriptyline 10mg nocte.",
                 "Stop COCP – switch to POP.", "Reduce analgesics."], 1, 2)
    sn = safety([F("Red flags explained: sudden severe headache, limb weakness, fever with neck stiffness – seek urgent help.", "headache>", "muscle_weakness>", "fever>"),
                 F("Return if vomiting or visual symptoms.", "vomiting>"), F("Safety-netted.", )], 0.6)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [imp]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {}


def sc_mood():
    mode = mode_pick(0.45, 0.15)
    pc = pick([F("Low mood {dm}, tearful, withdrawing from friends.", "depressed_mood"),
               F("Depression review. Mood improving on citalopram 20mg.", "depression"),
               F("Feeling down since bereavement (father died in the spring).", "depressed_mood"),
               F("Struggling – low mood and anxiety {dm}, work stress.", "depressed_mood", "anxiety"),
               F("Review of depression. Feels 'flat', not enjoying anything.", "depression")])
    assoc = some([F("Poor sleep and appetite.", "difficulty_sleeping", "loss_of_appetite"), F("Poor concentration at work.", "poor_concentration"),
                  F("Anxious, worrying constantly.", "anxiety"), F("No panic attacks.", "panic_attack-"),
                  F("Not sleeping – 3-4h a night.", "difficulty_sleeping"), F("Sleeping too much, 12h+/day.", "hypersomnia"),
                  F("Low libido.", "reduced_libido"), F("PMH: depression 2016, responded to sertraline.", "depression^"),
                  F("FH: mother depression.", "depression@"), F("Tired all the time.", "tired_all_the_time")], 1, 3)
    risk = pick(["No SI/SH. Good support from partner.", "Denies thoughts of self-harm.", "Fleeting thoughts of not being here, no plans or intent. Protective: kids.",
                 "No suicidal ideation."])
    score = pick(["PHQ-9 17, GAD-7 12.", "PHQ-9 9.", "PHQ-9 21.", ""])
    imp = pick([F("moderate depression.", "depression"), F("low mood ?adjustment disorder.", "depressed_mood"),
                F("mixed anxiety and depression.", "anxiety", "depression"), F("depression, improving.", "depression")])
    plan = some(["Start sertraline 50mg, r/v 2/52.", "Self-referral to NHS Talking Therapies.", "Crisis line numbers given.",
                 "Increase citalopram to 30mg.", "Fit note 2/52.", "Exercise, routine, Headspace app."], 1, 3)
    sn = safety([F("If suicidal thoughts – call 111 option 2 / attend A&E.", )], 0.4)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc + [(risk, []), (score, [])]),
            (st.imp, [imp]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {"band": R.choice(["adult"] * 5 + ["older"])}


def sc_anxiety():
    mode = mode_pick(0.45, 0.15)
    pc = pick([F("Anxiety ++ {dm}, work stress.", "anxiety"),
               F("Panic attacks, 1-2/week – heart racing, SOB, tingling fingers.", "panic_attack", "palpitations", "dyspnea", "paresthesia"),
               F("Health anxiety – worried about heart after friend's MI.", "anxiety"),
               F("Feels anxious all the time, can't switch off {dm}.", "anxiety")])
    assoc = some([F("Sleep disturbed.", "sleep_abnormality"), F("Chest tightness when anxious, no exertional CP.", "chest_pain-"),
                  F("Nausea in the mornings.", "nausea"), F("Drinking more to cope.", ), F("No low mood.", "depressed_mood-"),
                  F("No palpitations.", "palpitations-"), F("Poor concentration.", "poor_concentration")], 1, 3)
    imp = pick(["GAD", "anxiety", "panic disorder", "health anxiety"])
    plan = some(["CBT self-referral.", "Sertraline 50mg discussed – to start.", "Propranolol PRN (10mg) short term.",
                 "Breathing techniques, apps.", "r/v 4/52."], 1, 3)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan])]
    return mode, secs, st, {"band": "adult"}


def sc_sleep():
    mode = mode_pick(0.4)
    pc = pick([F("Difficulty sleeping {dl}, lying awake for hours.", "difficulty_sleeping"),
               F("Insomnia since menopause, night sweats.", "insomnia"),
               F("Can't get off to sleep, mind racing, {dm}.", "difficulty_sleeping"),
               F("Partner reports loud snoring and pauses in breathing; pt sleepy in the day.", )])
    assoc = some([F("Exhausted in the day.", "fatigue"), F("Restless legs in the evenings.", "restless_legs"),
                  F("Epworth 14.", ), F("Works nights.", ), F("Drinks 4 cans of energy drink/day.", ), F("Mood ok.", ),
                  F("Headaches in the mornings.", "headache")], 1, 3)
    imp = pick([F("insomnia.", "insomnia"), F("?OSA.", ), F("sleep disturbance.", "sleep_abnormality"), F("sleep disorder – ?circadian.", "sleep_disorder")])
    plan = some(["Sleep hygiene leaflet.", "Sleepio.", "Sleep clinic referral.", "STOP-BANG 5 – referral.", "Cut caffeine."], 1, 2)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.imp, [imp]), (st.plan, [(p, []) for p, _ in plan])]
    return mode, secs, st, {"band": R.choice(["adult", "adult", "older"])}


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


def sc_fatigue():
    mode = mode_pick(0.35)
    pc = pick([F("TATT {dm}.", "tired_all_the_time"), F("Tired all the time since the baby, struggling.", "tired_all_the_time"),
               F("Feeling exhausted {dm}, no obvious cause.", "fatigue"), F("Lethargic and low energy {dm}.", "lethargy"),
               F("Feels generally weak {dm}.", "asthenia"), F("c/o fatigue {dl}, falling asleep on the sofa at 7pm.", "fatigue")])
    assoc = some([F("Weight loss 3kg unintentional.", "weight_loss"), F("No weight loss.", "weight_loss-"),
                  F("Appetite reduced.", "loss_of_appetite"), F("Periods heavy.", "menorrhagia"), F("Low mood – denies.", "depressed_mood-"),
                  F("Snores.", ), F("Cold intolerance, constipation.", "constipation"), F("Thirsty, PU ++.", ),
                  F("No night sweats, no fever.", "fever-"), F("Sleeping ok.", ), F("Glandular fever 2 years ago.", )], 1, 3)
    imp = pick([F("?anaemia ?thyroid.", ), F("fatigue – cause unclear.", "fatigue"), F("?post-viral fatigue.", "postviral_fatigue?"),
                F("TATT – screen.", "tired_all_the_time")])
    plan = pick(["FBC, U&E, LFT, TFT, ferritin, B12/folate, HbA1c, coeliac screen.", "Fatigue bloods, r/v with results.",
                 "Bloods, sleep diary, r/v 2/52."])
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.imp, [imp]), (st.plan, [(plan, [])])]
    info = {}
    if any("menorrhagia" in m for _, ms in assoc for m in ms):
        info["sex"] = "F"
        info["band"] = "adult"
    return mode, secs, st, info


def sc_dizzy():
    mode = mode_pick(0.3)
    pc = pick([F("Dizzy {d}, room spinning with head movement.", "dizziness", "vertigo"),
               F("Lightheaded on standing {dm}.", "lightheadedness"),
               F("Vertigo attacks lasting hours, with tinnitus and fullness L ear.", "vertigo", "tinnitus"),
               F("Sudden onset vertigo {d} after a cold, constant, worse with movement.", "vertigo"),
               F("Dizziness on and off {dm}.", "dizziness")])
    assoc = some([F("Nausea but no vomiting.", "nausea", "vomiting-"), F("No hearing loss.", "hearing_loss-"),
                  F("No headache, no diplopia, no slurred speech.", "headache-", "diplopia-"),
                  F("Had a fall last week as a result.", "fall"), F("Started doxazosin 3/52 ago.", ),
                  F("Vomiting with it.", "vomiting"), F("No palpitations or blackouts.", "palpitations-", "syncope-")], 1, 3)
    ex = pick([F("L/S BP {bp} → 112/70 with symptoms.", ), F("Dix-Hallpike -ve. Cerebellar signs NAD.", ),
               F("Head impulse test +ve L, horizontal nystagmus.", ), F("Neuro exam normal, ECG SR.", )]) if mode == "f2f" else ("", [])
    imp = pick([F("vestibular neuritis.", ), F("BPPV.", ), F("postural hypotension.", "orthostatic_hypotension"),
                F("?Ménière’s.", ), F("dizziness ?cause.", "dizziness")])
    plan = some(["Prochlorperazine 5mg TDS 3/7 max.", "Vestibular rehab exercises.", "ENT referral.", "Stop doxazosin.",
                 "Bloods, ECG.", "Driving advice."], 1, 2)
    sn = safety([F("Return urgently if weakness, slurred speech or double vision.", "muscle_weakness>", "diplopia>"),
                 F("Safety-netted re stroke symptoms.", )], 0.6)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [imp]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {"band": R.choice(["adult", "older", "older"])}


def sc_skin():
    mode = mode_pick(0.45)
    pc = pick([F("Itchy rash on arms {d}.", "itching", "rash"), F("Itchy skin all over {dm}, no rash visible.", "itching", "rash-"),
               F("Hives on and off {dm}.", "urticaria"), F("Rash on trunk after starting amoxicillin.", "rash"),
               F("Painful blistering rash L side of chest, band-like, {d}.", "rash"),
               F("Chilblains on toes – purple, itchy, worse in the cold.", "chilblains", "itching")])
    assoc = some([F("No fever.", "fever-"), F("No lip swelling or SOB.", "dyspnea-"), F("Eczema as a child.", ),
                  F("Son has eczema.", ), F("New shower gel.", ), F("Otherwise well.", )], 1, 2)
    ex = pick([F("Erythematous papular rash, excoriated.", ), F("Urticarial wheals, no angioedema.", "urticaria"),
               F("Vesicular rash T4 dermatome.", "rash"), F("Dry skin, no rash.", "rash-")]) \
        if mode == "f2f" else pick([F("Photo reviewed – blanching erythematous rash.", "rash"), F("Photos reviewed.", )])
    imp = pick(["contact dermatitis", "urticaria", "drug rash – amoxicillin added to allergies", "shingles", "eczema flare",
                "pruritus ?cause"])
    plan = some(["Emollients, hydrocortisone 1% 7/7.", "Cetirizine 10mg OD.", "Bloods for itch: FBC, LFT, ferritin, TFT.",
                 "Aciclovir 800mg 5x/day 7/7.", "Avoid trigger."], 1, 2)
    sn = safety([F("If lip/tongue swelling or breathing difficulty – 999.", "difficulty_breathing>"), F("Return if spreading or fever.", "fever>")], 0.5)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {}


def sc_child():
    mode = mode_pick(0.35)
    who = R.choice(["Mum", "Dad", "Mum", "Grandma"])
    pc = pick([F(who + " reports fever and earache {d}.", "fever", "earache"),
               F(who + " says temp up to 39 and off food.", "fever", "loss_of_appetite"),
               F("3yo with barking cough and hoarse voice overnight.", "cough", "hoarse_voice"),
               F("Vomited x2 this am, now tummy ache.", "vomiting", "abdominal_pain"),
               F(who + " worried – rash on tummy since yesterday, blanching on glass test, mild cold.", "rash"),
               F("Cough and cold {d}, " + who.lower() + " says a bit wheezy at night.", "cough", "wheezing")])
    assoc = some([F("Drinking well, plenty of wet nappies.", ), F("Not drowsy, playing normally.", ),
                  F("No vomiting or diarrhoea.", "vomiting-", "diarrhea-"), F("No breathing difficulty.", "difficulty_breathing-"),
                  F("Brother has the same cough.", "cough@"), F("Fully immunised.", ), F("No rash.", "rash-")], 1, 3)
    ex = pick([F("T 38.1°C, HR 130, CRT < 2s. R TM bulging, red. Throat NAD.", "fever"),
               F("Alert, well-looking. Chest clear, no recession.", ), F("Apyrexial. Throat red. TMs dull. Chest clear.", "fever-"),
               F("Blanching maculopapular rash trunk, well child.", "rash")]) if mode == "f2f" else ("", [])
    imp = pick(["AOM", "croup (mild)", "viral illness", "tonsillitis", "viral rash", "viral wheeze"])
    plan = pick(["Paracetamol/ibuprofen, fluids.", "Dexamethasone 0.15mg/kg stat.", "Delayed amoxicillin script.",
                 "Salbutamol via spacer PRN."])
    sn = safety([F("Traffic-light leaflet given. Call 999 if breathing difficulty, non-blanching rash or floppy.", "difficulty_breathing>", "rash>"),
                 F("Return if fever > 5 days.", "fever>"), F("Safety-netted.", )], 0.85)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(plan, [])] + sn)]
    return mode, secs, st, {"band": "child"}


def sc_gi():
    mode = mode_pick(0.4)
    pc = pick([F("Bloating and alternating bowel habit {dl}.", "bloating"), F("Constipation {dm}, BO every 4-5 days, straining.", "constipation"),
               F("Epigastric pain and heartburn {dm}, worse after meals.", "epigastric_pain"),
               F("Intermittent abdo pain and bloating, relieved by opening bowels.", "abdominal_pain", "bloating"),
               F("Indigestion {dm}, burning in upper abdomen.", "epigastric_pain")])
    assoc = some([F("No weight loss, no rectal bleeding.", "weight_loss-"), F("No dysphagia.", "dysphagia-"),
                  F("No vomiting.", "vomiting-"), F("Appetite ok.", ), F("FH: sister has coeliac disease.", ),
                  F("Occasionally nauseous.", "nausea"), F("Some diarrhoea after meals.", "diarrhea"), F("Stress at work.", )], 1, 3)
    imp = pick(["IBS", "dyspepsia", "functional constipation", "?GORD", "?IBS – exclude coeliac"])
    plan = some(["FIT test, coeliac serology, FBC.", "Omeprazole 20mg OD 4/52, H. pylori breath test.", "Laxido 1-2 sachets/day, fluids, fibre.",
                 "Mebeverine PRN.", "Food diary."], 1, 2)
    sn = safety([F("Return if weight loss, dysphagia or vomiting.", "weight_loss>", "dysphagia>", "vomiting>"),
                 F("Red flags discussed.", )], 0.6)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {}


def sc_elderly():
    mode = R.choice(["home", "tel", "f2f", "home"])
    pc = pick([F("Daughter concerned – more confused {d}.", "confusion"), F("Fall at home overnight, found on the floor by carer.", "fall"),
               F("Increasingly forgetful over last year, repeating questions.", "memory_impairment"),
               F("Off her legs, weak, eating little.", "asthenia", "loss_of_appetite"), F("Two falls in the last month.", "fall")])
    assoc = some([F("No head injury.", ), F("Urine smelly, more incontinent than usual.", "urinary_incontinence"),
                  F("No cough or SOB.", "cough-", "dyspnea-"), F("Swollen ankles.", "limb_swelling"), F("Not eating well.", "loss_of_appetite"),
                  F("PMH: vascular dementia, CKD3, T2DM.", ), F("Lives alone, carers QDS.", ), F("No chest pain.", "chest_pain-")], 1, 3)
    ex = pick([F("Alert but disorientated to time. T 37.9. Chest clear. Abdo soft.", ), F("Obs stable, AMTS 6/10, no focal neuro.", ),
               F("No injuries found, mobilising with frame.", )]) if mode != "tel" else ("", [])
    imp = pick([F("delirium ?UTI.", "delirium"), F("?delirium.", "delirium?"), F("mechanical fall.", "fall"), F("frailty.", ),
                F("?memory impairment – assess.", "memory_impairment?")])
    plan = some(["Urine MC&S, bloods.", "Falls referral.", "Memory clinic referral.", "Increase care package.", "Review 48h."], 1, 2)
    sn = safety([F("Family to call if more drowsy or not drinking.", ), F("Call 999 if further falls with injury.", "fall>")], 0.5)
    st = Style()
    title = {"home": "Home visit", "tel": "Telephone consultation", "f2f": "GP consultation"}[mode]
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode != "tel" else "", [ex]),
            (st.imp, [imp]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {"band": "older", "title": title}


def sc_gynae():
    mode = mode_pick(0.4)
    pc = pick([F("Periods irregular {dl}, cycles 21-45 days.", "irregular_periods"),
               F("Heavy periods, flooding, double protection.", "menorrhagia"),
               F("Painful periods, off work 1-2 days/month.", "dysmenorrhea"),
               F("Perimenopausal sx: hot flushes, poor sleep, low libido, irritability.", "difficulty_sleeping", "reduced_libido"),
               F("Cycle all over the place since stopping the pill.", "menstrual_cycle_abnormal")])
    assoc = some([F("No IMB/PCB.", ), F("Acne and hirsutism.", ), F("Weight gain.", ), F("Tired.", "fatigue"), F("Mood swings.", ),
                  F("Joint aches.", "arthralgia"), F("Brain fog.", "impaired_cognition"), F("Smear up to date.", )], 1, 3)
    imp = pick(["?PCOS", "menorrhagia ?fibroids", "primary dysmenorrhoea", "perimenopause", "irregular cycles – likely post-pill"])
    plan = some(["Bloods: FBC, ferritin, TFT, hormone profile.", "Pelvic USS.", "Tranexamic/mefenamic acid.", "HRT discussed.",
                 "Mirena discussed.", "Review 3/12."], 1, 2)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan])]
    return mode, secs, st, {"sex": "F", "band": "adult"}


def sc_palp():
    mode = mode_pick(0.3)
    pc = pick([F("Palpitations {dm}, heart pounding in the evenings.", "palpitations"),
               F("Intermittent fast heartbeat {dm}, lasts minutes.", "palpitations"),
               F("Episode of chest pain yesterday at rest, 20 mins, now pain-free.", "chest_pain"),
               F("Atypical chest pain {d}, sharp, L-sided, worse on pressing.", "chest_pain")])
    assoc = some([F("No syncope.", "syncope-"), F("No SOB.", "dyspnea-"), F("No chest pain.", "chest_pain-"),
                  F("FH: father IHD at 60.", ), F("Drinks 6 coffees a day.", ), F("Anxious at work.", "anxiety"),
                  F("Lightheaded during episodes.", "lightheadedness")], 1, 3)
    ex = pick([F("Pulse 72 reg, BP {bp}, HS normal. ECG SR.", ), F("Chest wall tender L 4th costochondral jn. ECG normal.", )]) \
        if mode == "f2f" else ("", [])
    imp = pick(["palpitations ?ectopics", "?costochondritis", "chest pain – low risk, ?MSK", "?SVT"])
    plan = some(["Holter.", "TFT, FBC, U&E.", "Reduce caffeine.", "Troponin not indicated (> 72h).", "Ibuprofen, reassure."], 1, 2)
    sn = safety([F("If chest pain recurs with SOB or sweating – 999.", "chest_pain>", "dyspnea>"),
                 F("Return if syncope.", "syncope>")], 0.85)
    st = Style()
    secs = [("", intro(mode)), (st.hx, [pc] + assoc), (st.exam if mode == "f2f" else "", [ex]),
            (st.imp, [(imp + ".", [])]), (st.plan, [(p, []) for p, _ in plan] + sn)]
    return mode, secs, st, {"band": R.choice(["adult", "adult", "older"])}


def sc_resp_chronic():
    mode = mode_pick(0.3)
    head = pick(["Asthma review.", "COPD review.", "Annual asthma check.", "COPD annual review (nurse)."])
    syms = some([F("Night-time cough 2x/week.", "cough"), F("Wheezy in the mornings.", "wheezing"), F("No wheeze.", "wheezing-"),
                 F("SOB on exertion, MRC 2.", "dyspnea_on_exertion"), F("No exacerbations this year.", ), F("Sputum clear, no change.", "sputum"),
                 F("Using SABA < 2x/week.", ), F("No night symptoms.", )], 1, 3)
    obs = pick(["PEFR 420 (pred 460).", "Sats 96%. FEV1 68% pred.", "ACT 22.", "CAT 18."])
    plan = some(["Inhaler technique checked – good.", "PAAP reviewed.", "Flu/pneumococcal vaccines up to date.",
                 "Continue current inhalers.", "Rescue pack reissued.", "Smoking cessation advice."], 1, 3)
    st = Style()
    secs = [("", [(head, [])] + intro(mode)), ("", syms + [(obs, [])]), (st.plan, [(p, []) for p, _ in plan])]
    return mode, secs, st, {"title": R.choice(["Chronic disease review", "Practice nurse appointment"])}


SCENARIOS = [
    (sc_urti, 24), (sc_tonsillitis, 10), (sc_lrti, 16), (sc_postviral_cough, 7), (sc_uti, 14), (sc_gastro, 16),
    (sc_longcovid, 26), (sc_covid_acute, 12), (sc_back, 14), (sc_joint, 11), (sc_headache, 12), (sc_mood, 14),
    (sc_anxiety, 8), (sc_sleep, 6), (sc_nosymptom, 22), (sc_fatigue, 10), (sc_dizzy, 9), (sc_skin, 10),
    (sc_child, 12), (sc_gi, 10), (sc_elderly, 10), (sc_gynae, 8), (sc_palp, 8), (sc_resp_chronic, 8),
]


def make_composed():
    out = []
    for fn, n in SCENARIOS:
        for _ in range(n):
            for _try in range(20):
                mode, secs, st, info = fn()
                text, ms = compose(secs, st)
                if 80 <= len(text) <= 900:
                    break
            title = info.get("title") or R.choice(TITLES["home" if mode == "home" else mode])
            out.append(dict(title=title, sex=info.get("sex"), band=info.get("band", "adult"), text=text,
                            person=None, date=None, after=info.get("after"), before=info.get("before"),
                            draft=sorted(set(ms)), scenario=fn.__name__))
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


def main():
    notes, persons = build()
    path = os.path.join(HERE, "notes.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["note_id", "person_id", "note_date", "note_title", "language", "note_text"])
        for n in notes:
            w.writerow([n["note_id"], n["pid"], n["day"].isoformat(), n["title"], "en", n["text"]])
    if "--drafts" in sys.argv:
        out = sys.argv[sys.argv.index("--drafts") + 1]
        with open(out, "w", encoding="utf-8") as fh:
            for n in notes:
                fh.write(json.dumps({"note_id": n["note_id"], "scenario": n["scenario"], "draft": n["draft"],
                                     "text": n["text"]}, ensure_ascii=False) + "\n")
    print("wrote %d notes for %d persons to %s" % (len(notes), len({n["pid"] for n in notes}), path))


if __name__ == "__main__":
    main()

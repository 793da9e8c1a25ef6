/**
 * The vocabularies of src/taxonomy.ts in Spanish (see ../../vocabulary.ts). Person-first and
 * free of ranking, like the English: no pathway is better than another.
 */
import type { VocabularyTranslation } from '../../vocabulary.ts';

export const vocabulary: VocabularyTranslation = {
  support: {
    emotional: {
      label: 'Emotional',
      description:
        'Someone who listens and cares: peer mentoring, peer-led groups and others who have been there, helping you feel more confident.',
    },
    informational: {
      label: 'Informational',
      description:
        'Knowledge and skills you can use: classes, workshops, job readiness, legal clinics and health information.',
    },
    instrumental: {
      label: 'Practical help',
      description:
        'Concrete help getting things done: a place to live, food, child care, rides, and help applying for services.',
    },
    affiliational: {
      label: 'Community and belonging',
      description:
        'Places and people to belong with: recovery centers, sober social events, sports, arts and faith communities.',
    },
  },
  pathways: {
    'twelve-step': {
      label: 'Twelve-step',
      description:
        'Mutual aid groups built on the twelve steps, such as AA, NA, CA and CMA, and the family groups beside them.',
    },
    'faith-based': {
      label: 'Faith-based',
      description:
        'Recovery rooted in a religious tradition, such as Celebrate Recovery or a congregation’s own program.',
    },
    spiritual: {
      label: 'Spiritual',
      description:
        'Recovery that draws on spirituality without being tied to one religion, such as meditation-based groups.',
    },
    secular: {
      label: 'Secular',
      description: 'Recovery without a spiritual frame, such as SMART Recovery, LifeRing or Women for Sobriety.',
    },
    'medication-assisted': {
      label: 'Medication for opioid use disorder (MOUD)',
      description:
        'Recovery that includes medication such as buprenorphine, methadone or naltrexone. Places marked this way welcome people who take it.',
    },
    cultural: {
      label: 'Cultural',
      description: 'Recovery grounded in a culture’s own traditions and healing, such as Native American Wellbriety.',
    },
    'harm-reduction': {
      label: 'Harm reduction',
      description: 'Meeting people where they are: naloxone, safer-use supplies and support for any positive change.',
    },
  },
  categories: {
    'recovery-housing': {
      label: 'Recovery housing',
      description: 'Alcohol- and drug-free homes for people in recovery, from peer-run houses to staffed residences.',
    },
    'mutual-aid-meeting': {
      label: 'Mutual aid meetings',
      description: 'Peer-led recovery meetings, in person, online or both.',
    },
    'recovery-community-center': {
      label: 'Recovery community centers',
      description: 'Places where recovery happens: drop-in space, peer coaching, events and connection.',
    },
    'peer-support': {
      label: 'Peer recovery support',
      description: 'Recovery coaches and peer specialists who walk alongside you and help you find what you need.',
    },
    treatment: {
      label: 'Treatment',
      description: 'Outpatient, residential and medication treatment for substance use.',
    },
    'harm-reduction': {
      label: 'Harm reduction services',
      description: 'Naloxone, syringe services, test strips and nonjudgmental health support.',
    },
    employment: {
      label: 'Work and employers',
      description: 'Recovery-friendly and fair-chance employers, job readiness and placement help.',
    },
    dental: {
      label: 'Dental care',
      description: 'Dentists and clinics offering free, sliding-scale or low-cost care.',
    },
    health: {
      label: 'Health care',
      description: 'Primary care, HIV and hepatitis C services, and clinics that welcome people in recovery.',
    },
    'mental-health': {
      label: 'Mental health',
      description: 'Counseling and mental health services, including for co-occurring conditions.',
    },
    food: { label: 'Food', description: 'Food pantries, community meals and help signing up for food benefits.' },
    clothing: { label: 'Clothing', description: 'Free clothing, including work and interview clothes.' },
    'childcare-family': {
      label: 'Child care and family',
      description: 'Child care, parenting classes and support for families.',
    },
    transportation: {
      label: 'Transportation',
      description: 'Rides, bus passes and help getting to appointments, work and meetings.',
    },
    'legal-reentry': {
      label: 'Legal help and re-entry',
      description: 'Expungement, recovery courts, re-entry programs and help with records, IDs and fines.',
    },
    education: {
      label: 'Education',
      description: 'GED and adult education, collegiate recovery programs and skills training.',
    },
    'sober-social': {
      label: 'Sober social life',
      description: 'Alcohol- and drug-free fun: events, sports, game nights and gatherings.',
    },
    'faith-community': {
      label: 'Faith communities',
      description: 'Congregations and faith groups that welcome people in recovery.',
    },
    cultural: {
      label: 'Arts and culture',
      description: 'Music, art, theatre and cultural activities that support recovery.',
    },
  },
  populations: {
    women: { label: 'Women', description: 'For or especially welcoming to women.' },
    men: { label: 'Men', description: 'For or especially welcoming to men.' },
    youth: { label: 'Youth', description: 'For teenagers and younger people.' },
    'young-adults': { label: 'Young adults', description: 'For people roughly 18 to 30.' },
    seniors: { label: 'Older adults', description: 'For older adults.' },
    veterans: { label: 'Veterans', description: 'For people who served in the military.' },
    lgbtq: { label: 'LGBTQ+', description: 'LGBTQ+ led or affirming.' },
    families: { label: 'Families', description: 'For family members and loved ones, or whole families.' },
    'pregnant-parenting': {
      label: 'Pregnant and parenting',
      description: 'For people who are pregnant or raising children.',
    },
    reentry: {
      label: 'Returning citizens',
      description: 'For people coming home from jail or prison, or with a record.',
    },
    homeless: { label: 'Without housing', description: 'For people without a stable place to live.' },
    'co-occurring': {
      label: 'Co-occurring conditions',
      description: 'For people living with both a substance use disorder and a mental health condition.',
    },
    native: { label: 'Native and Indigenous', description: 'Led by or for Native and Indigenous people.' },
    'spanish-speaking': { label: 'Spanish speakers', description: 'Para personas que hablan español.' },
  },
  attendance: {
    'in-person': { label: 'In person', description: 'At a physical place.' },
    online: { label: 'Online', description: 'By video or online only; no physical place.' },
    hybrid: { label: 'In person and online', description: 'At a place, and you can also join online.' },
    phone: { label: 'By phone', description: 'By calling a phone line.' },
  },
  costs: {
    free: { label: 'Free', description: 'No cost.' },
    'sliding-scale': { label: 'Sliding scale', description: 'The price depends on what you can pay.' },
    'low-cost': { label: 'Low cost', description: 'A small fee.' },
    insurance: { label: 'Insurance accepted', description: 'Billed to insurance, including Medicaid where noted.' },
    fee: { label: 'Fee', description: 'A regular fee or rent.' },
  },
  accessibility: {
    wheelchair: { label: 'Wheelchair accessible', description: 'Step-free entrance and space to move.' },
    'accessible-restroom': { label: 'Accessible restroom', description: 'A restroom usable with a wheelchair.' },
    asl: { label: 'ASL', description: 'American Sign Language interpretation available.' },
    'hearing-loop': { label: 'Hearing loop', description: 'An induction loop for hearing aids.' },
    'fragrance-free': { label: 'Fragrance free', description: 'A space that asks people not to wear scents.' },
    'large-print': { label: 'Large print', description: 'Printed material in large type.' },
  },
  features: {
    childcare: { label: 'Child care on site', description: 'Someone watches the children while you take part.' },
    'kid-friendly': { label: 'Kids welcome', description: 'Children are welcome to come along.' },
    'transportation-help': { label: 'Help with rides', description: 'Rides or bus fare can be arranged.' },
    'food-provided': { label: 'Food provided', description: 'A meal or snacks are served.' },
    wifi: { label: 'Free Wi-Fi', description: 'Free wireless internet.' },
    showers: { label: 'Showers', description: 'Showers you can use.' },
    laundry: { label: 'Laundry', description: 'Washers and dryers you can use.' },
    'phone-charging': { label: 'Phone charging', description: 'A place to charge your phone.' },
    'pets-allowed': { label: 'Pets allowed', description: 'Pets are allowed.' },
    'walk-in': { label: 'Walk-ins welcome', description: 'No appointment needed.' },
    naloxone: { label: 'Naloxone available', description: 'Free naloxone (Narcan) to take with you.' },
  },
  fellowships: {
    aa: { label: 'Alcoholics Anonymous (AA)', description: 'Twelve-step fellowship for recovery from alcohol.' },
    na: { label: 'Narcotics Anonymous (NA)', description: 'Twelve-step fellowship for recovery from drugs.' },
    ca: {
      label: 'Cocaine Anonymous (CA)',
      description: 'Twelve-step fellowship for recovery from cocaine and other substances.',
    },
    cma: {
      label: 'Crystal Meth Anonymous (CMA)',
      description: 'Twelve-step fellowship for recovery from methamphetamine.',
    },
    smart: { label: 'SMART Recovery', description: 'Secular, science-based self-help meetings.' },
    'recovery-dharma': {
      label: 'Recovery Dharma',
      description: 'Peer-led meetings using Buddhist-inspired practices.',
    },
    'refuge-recovery': { label: 'Refuge Recovery', description: 'Buddhist-inspired recovery meetings.' },
    'celebrate-recovery': { label: 'Celebrate Recovery', description: 'Christ-centered recovery program.' },
    lifering: { label: 'LifeRing', description: 'Secular, abstinence-based peer support.' },
    'women-for-sobriety': { label: 'Women for Sobriety', description: 'Secular peer support for women.' },
    'all-recovery': { label: 'All Recovery', description: 'Meetings open to every pathway and every substance.' },
    'al-anon': { label: 'Al-Anon', description: 'For family and friends of people who drink.' },
    'nar-anon': { label: 'Nar-Anon', description: 'For family and friends of people who use drugs.' },
    wellbriety: { label: 'Wellbriety', description: 'Native American recovery circles grounded in culture.' },
    other: { label: 'Other fellowship', description: 'Another peer-led group.' },
  },
  statuses: {
    active: { label: 'Open', description: 'Operating as listed.' },
    'temporarily-closed': { label: 'Temporarily closed', description: 'Closed for now; expected to reopen.' },
    closed: { label: 'Closed', description: 'No longer operating; not published.' },
  },
  verifiedHow: {
    phone: { label: 'by phone', description: 'A volunteer called.' },
    visit: { label: 'in person', description: 'A volunteer visited.' },
    email: { label: 'by e-mail', description: 'Confirmed by e-mail.' },
    website: { label: 'from their website', description: 'Checked against their own website.' },
    provider: { label: 'by the provider', description: 'The provider updated the listing.' },
  },
  narrLevels: {
    '1': { label: 'Level I (peer-run)', description: 'Democratically run by the residents, such as Oxford Houses.' },
    '2': {
      label: 'Level II (monitored)',
      description: 'A house manager or senior resident, house meetings and some structure.',
    },
    '3': { label: 'Level III (supervised)', description: 'Paid staff, a set schedule and life-skills support.' },
    '4': {
      label: 'Level IV (service provider)',
      description: 'Clinical services on site within a residential setting.',
    },
  },
  housingGenders: {
    men: { label: 'Men', description: 'A residence for men.' },
    women: { label: 'Women', description: 'A residence for women.' },
    any: { label: 'Any gender', description: 'Open to residents of any gender.' },
  },
  moudPolicies: {
    welcome: {
      label: 'Medication welcome',
      description: 'Residents who take methadone, buprenorphine or naltrexone are welcome.',
    },
    'case-by-case': {
      label: 'Medication case by case',
      description: 'Residents on medication are considered one by one; call to ask.',
    },
    'not-accepted': {
      label: 'Medication not accepted',
      description: 'This residence does not accept residents who take medication for opioid use disorder.',
    },
  },
  weekdays: {
    monday: { label: 'Monday', description: 'Mon' },
    tuesday: { label: 'Tuesday', description: 'Tue' },
    wednesday: { label: 'Wednesday', description: 'Wed' },
    thursday: { label: 'Thursday', description: 'Thu' },
    friday: { label: 'Friday', description: 'Fri' },
    saturday: { label: 'Saturday', description: 'Sat' },
    sunday: { label: 'Sunday', description: 'Sun' },
  },
  timesOfDay: {
    morning: { label: 'Morning', description: '5 AM to noon' },
    afternoon: { label: 'Afternoon', description: 'Noon to 5 PM' },
    evening: { label: 'Evening', description: '5 PM to 9 PM' },
    night: { label: 'Night', description: '9 PM to 5 AM' },
  },
  allPathways: { label: 'All pathways welcome', description: 'Welcomes people on every pathway to recovery.' },
};

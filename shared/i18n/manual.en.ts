/** The manual per step (English): what, why, an example from Heerlen, common mistakes. */
import type { Manual } from './manual';

export const manualEn: Manual = {
  context: {
    what: 'You record which policy or project this is about, which organisation drafts it, for which area and at which scale (neighbourhood, district, municipality, region). You also choose the document’s language.',
    why: 'Much of what residents experience as well-being comes from their immediate surroundings. The scale decides which figures you can use later: CBS figures of the Monitor of Well-being exist per municipality, COROP region and province; neighbourhood and district figures come from the CBS "Kerncijfers Wijken en Buurten".',
    example:
      'The municipality of Heerlen assesses the arrival of a medtech logistics campus. The area is "Heerlen-Noord and Parkstad Limburg", at municipal level, because jobs and income are mostly measured at that scale; for nuisance and air quality the assessment later looks at neighbourhood level.',
    mistakes: [
      'Choosing an area for which no figures exist, so that baseline and target are missing later.',
      'Naming only the municipality while the effects occur mainly in one district, or in the whole region.',
      'Leaving out the author or the organisation: a later reader does not know whom to ask.',
    ],
  },
  problem: {
    what: 'You describe the problem, whom it affects, what residents themselves value, how you involved them, and what broad prosperity should be in this area: the ambition, with a scale.',
    why: 'The ambition is the yardstick you steer by and are held to account for. What residents value decides which effects matter; without their voice you mostly measure what is easy to measure.',
    example:
      'In Heerlen-Noord labour participation is low and 17.5% of households live around the social minimum. In neighbourhood talks residents named work nearby, safe streets around the primary school and clean air. The ambition: by 2028 at least 250 residents of Heerlen-Noord work in the sector and lorries on the district access road fall to at most 150 per working day.',
    mistakes: [
      'Stating the problem as the lack of the solution ("there is no campus").',
      'An ambition without a number, a year or a scale: afterwards nobody can say whether it was met.',
      'Not recording how residents were involved, or asking for their input only after the decision.',
    ],
  },
  theory: {
    what: 'You make the theory of change explicit: which activities lead to which outputs, outcomes and societal impact. For each link you write down the assumption. You link each step to the next (with the assumption and the evidence for that link) and each outcome and impact to the indicators and perceived outcomes that will show whether it happens.',
    why: 'When an effect does not come, the explanation usually lies in an assumption that did not hold. Writing the assumptions down beforehand lets you follow them during implementation and adjust in time.',
    example:
      'Activity: a medtech logistics training programme at vocational level 1–3 with a job guarantee. Output: 300 participants from Heerlen-Noord. Outcome: 250 of them work in the sector. Impact: fewer households around the social minimum. Assumption: the companies turn their plans to settle into jobs that suit people without a basic qualification.',
    mistakes: [
      'Mixing up activities and outcomes: "we open a campus" is an activity, not an outcome.',
      'Leaving out assumptions because they seem obvious; those are the ones that often prove wrong.',
      'A chain that stops at the output, without impact on broad prosperity.',
      'An outcome without an indicator or perceived outcome: afterwards nobody can say whether it was achieved.',
    ],
  },
  options: {
    what: 'You describe the proposal, the alternatives and always the zero option: what happens without additional policy? You choose the preferred option and give reasons, with costs, feasibility and risks per option.',
    why: 'Effects only exist in comparison with what would otherwise have happened. With the zero option as reference the council sees what the proposal adds and can make a real choice between options, as the Beleidskompas requires.',
    example:
      'Heerlen compares three options: the medtech logistics campus with a training programme (preferred), only extending the business park, and the zero option: no additional policy, in which the companies may settle elsewhere in the region.',
    mistakes: [
      'No zero option, or a zero option in which "nothing happens" while the surroundings do change.',
      'An alternative that nobody seriously considers, added only to make the proposal look better.',
      'Not giving reasons for the preference, or only economic ones.',
    ],
  },
  effects: {
    what: 'For each option you assess the effect on every theme of broad prosperity: here and now (8 themes), later (4 capitals) and elsewhere (2 themes). For each effect you give the direction, how sure you are, when it occurs, at which level and scale, and who gains or loses.',
    why: 'Policy that promotes one domain can harm another. Going through every theme makes the negative and distant effects visible too, so the council can weigh who wins and who loses, here, later and elsewhere.',
    example:
      'The campus scores +2 on Work and leisure in the district (confidence high): hundreds of jobs within walking distance. On Environment in the neighbourhood −1 (confidence high): 300 to 400 extra lorry movements per working day. On Environment and resources (elsewhere) −1 with low confidence: more throughput of disposable products, partly by air freight, enlarges the footprint in producing countries.',
    mistakes: [
      'Filling in only positive effects; an assessment without any negative effect is rarely credible.',
      'Reading an empty cell as "no effect": choose 0 when you looked at the theme and expect no effect, and leave it empty when you do not know.',
      'Giving high confidence without a source or reasoning.',
      'Skipping the elsewhere dimension because it "is not about Heerlen".',
    ],
    sections: [
      {
        title: 'Scoring an effect: direction −2 to +2',
        text: 'The direction says what the option does to broad prosperity on that theme, compared with the zero option: −2 strongly negative, −1 negative, 0 no effect, +1 positive, +2 strongly positive. Score the effect on broad prosperity, not the change of a figure: less emission is +, more emission is −. Use +2 and −2 only for effects that a large group notices or that last long, and explain why in the notes.',
      },
      {
        title: 'Confidence: low, medium, high',
        text: 'High: research or experience elsewhere supports the effect (for instance a traffic model or a comparable campus). Medium: the effect follows logically from the theory of change, but its size is uncertain. Low: it is an expectation without evidence. Low confidence is no error; it tells the council where the risk lies. The overview shows whether the preference turns if an uncertain effect turns out one step worse.',
      },
      {
        title: 'Elsewhere: effects outside the Netherlands',
        text: 'According to CBS, broad prosperity also covers the extent to which our prosperity comes at the expense of people in other countries. Think of trade with low-income countries, the footprint of greenhouse gases, raw materials and land abroad, and of who pays the price there: workers in producing countries, people living near mines. Displacement belongs here too: companies settling here instead of in a neighbouring region or country are a loss there. Write under "who loses" who that is, even if they do not live in your municipality.',
      },
    ],
  },
  spillovers: {
    what: 'You record links between themes: promoting one domain helps or harms another. For each link you give the sign (helps or harms), the strength and an explanation.',
    why: 'Working integrally means seeing trade-offs before they happen. The matrix shows where a gain on one theme causes a loss on another, and which measures can limit it.',
    example:
      'Work and leisure strongly helps Material welfare: paid work is the main route out of a low income (mind the poverty trap for jobs at vocational level 2–3). Economic capital harms Environment: more logistics means more lorry traffic in the neighbourhood.',
    mistakes: [
      'Recording only positive links.',
      'A link without an explanation: later nobody knows why it is there.',
      'Counting the same effect twice, as an effect and as a link.',
    ],
  },
  indicators: {
    what: 'For each affected theme you choose one or more indicators, each with a unit, a good direction, a source, a baseline and a target, at the scale of your ambition. You can pick from the catalogue or make your own indicator.',
    why: 'Without an indicator with baseline and target you cannot see during implementation whether you are on course, nor say afterwards whether the goal was met. The target you record here is what is tested once the expectations are frozen.',
    example:
      'For Work and leisure Heerlen chooses net labour participation (CBS, municipality; baseline 62.0% in 2023, target 64.5% in 2028) and an own indicator: residents of Heerlen-Noord working in medtech logistics (40 → 200). For Environment: nitrogen dioxide in outdoor air (19.5 → 18 µg/m³) and lorries on the district access road (180 → 150 per working day).',
    mistakes: [
      'Choosing an indicator the policy can hardly influence, or that exists only at national level.',
      'Setting the good direction wrong: for emissions or overweight, down is good.',
      'A target without a year, or a baseline from another source than the later measurements.',
      'Choosing only objective figures, so that nobody measures whether residents notice anything.',
    ],
    sections: [
      {
        title: 'Choosing indicators: the CBS Monitor of Well-being',
        text: 'Start with the CBS Monitor of Well-being and its regional monitor (municipality, COROP region, province): those indicators compare with other municipalities and are updated every year. Credit "Source: CBS" wherever you use them. Add an own indicator when the effect plays out at neighbourhood or district level or CBS does not measure it, and write down how and how often you measure it.',
      },
      {
        title: 'Objective and subjective',
        text: 'Objective indicators measure facts (income, labour participation, emissions); subjective ones measure how people experience things (satisfaction with life, perceived safety, trust). Both are needed: a fall in unemployment that nobody notices is only half an impact. Preferably choose at least one of each per theme.',
      },
      {
        title: 'Baseline and target',
        text: 'The baseline is the value before the policy, with year and source. The target is where you want to be in a given year; allow for the delay of the effect. When the aim is only to hold the level, the target equals the baseline. For survey figures give the margin of error or the sample size, so that a small change is not taken for a trend.',
      },
    ],
  },
  perceived: {
    what: 'You describe what residents should notice if the policy works, and how and when you measure it: survey, panel or conversations. You link each perceived outcome to a theme and, where possible, to an indicator.',
    why: 'There is impact only when residents notice it. What people experience often differs from what the figures say; recording it beforehand lets you compare afterwards.',
    example:
      'Residents of Heerlen-Noord see neighbours, family and acquaintances find work at the campus. Measurement: a yearly question in the Heerlen-Noord residents’ panel: "Do you know someone in your neighbourhood or family who found work through the campus or the training programme?"',
    mistakes: [
      'A perceived outcome that is merely the indicator in other words.',
      'Agreeing no moment of measurement, so that there are no data afterwards.',
      'Asking only the people who are already satisfied (for instance only participants of the programme).',
    ],
  },
  review: {
    what: 'You look at the whole: the options side by side against the zero option, where and for whom the effects fall, how much and how sure, the costs, feasibility and risks, and how robust the preference is. Then, at the transition to implementation, you freeze the expectations.',
    why: 'This overview is the basis for the political trade-off. Freezing the expectations means that what was promised beforehand is what is tested afterwards; a later change shows as an adjustment, with its reason.',
    example:
      'In Heerlen the campus scores better on here and now than only the business park, mainly through the training programme, but with a negative effect on the living environment in the neighbourhood. The robustness check shows that the preference holds if the uncertain effect on income turns out one step worse.',
    mistakes: [
      'Ignoring the open points of "What is still missing" before freezing the expectations.',
      'Looking only at the total and not at who loses.',
      'Freezing the expectations before the decision has been taken.',
    ],
  },
  measurements: {
    what: 'You enter the measured values per indicator, with date and source: one by one, by pasting from a spreadsheet, or from an Excel or CSV file. Values for a comparison area can be added.',
    why: 'Regular measurements make the signal function possible: you compare with the past and with other areas, and see in time whether adjusting is needed.',
    example:
      'Heerlen enters net labour participation from the CBS figures every year, and every quarter the lorry counts on the district access road from the municipal traffic counters, with Parkstad as comparison area.',
    mistakes: [
      'Switching sources in the middle of a series without saying so; the app marks a change of source, but only if the source is filled in.',
      'Entering measurements from before the baseline year as new measurements.',
      'Not replacing a provisional figure with the final one.',
    ],
  },
  signals: {
    what: 'You see per indicator whether it is on course: the series of measurements against the baseline and the target (the two dashed lines), with a signal in words.',
    why: 'Signals show where to adjust. A signal waits for the delay of the effect: judging too early leads to needless adjustments. A change within the margin of error is no trend.',
    example:
      'Lorry movements on the district access road rose from 180 per working day (baseline) to 230 at the end of 2024 and 290 at the end of 2025, while the target is 150: the signal "wrong direction" led to the decision to speed up the lorry route.',
    mistakes: [
      'Reading the signal "too early to judge" as "going well".',
      'Adjusting on a single measurement, without looking at the margin of error or the comparison areas.',
    ],
  },
  'citizen-signals': {
    what: 'You record what residents notice so far: signals from neighbourhood talks, complaints or panels, with date, source, who recorded it and the theme.',
    why: 'Figures often come late; residents notice changes earlier. Their signals complement the measurements and show whether the perceived outcomes come about.',
    example:
      'In the Heerlerheide neighbourhood talk (October 2024) parents report that lorries pass the primary school from 05:30; they ask for a safe crossing and a night ban.',
    mistakes: ['Recording only positive signals.', 'A signal without source or date, so that it cannot be checked later.'],
  },
  adjustments: {
    what: 'You record decisions to adjust: what changed, why, which indicators and effects it concerns and whether it changes the ambition. Every change to a frozen expectation appears here until you have explained it.',
    why: 'Adjusting is good, but it must stay visible. Whoever quietly lowers the target afterwards meets every goal; a recorded adjustment with its reason keeps the evaluation honest.',
    example:
      'In September 2026 Heerlen lowers the target for residents of Heerlen-Noord in the sector from 250 to 200. At the same time the municipality and the companies agree on priority: 40% of new vacancies are first offered to residents of Heerlen-Noord.',
    mistakes: [
      'An adjustment without a reason or without a decision (who decided, when?).',
      'Not ticking the indicators concerned, so that the link is missing from the report.',
    ],
  },
  results: {
    what: 'You put the final value of each indicator next to the target as frozen, and next to the adjusted target where it differs. The app grades each indicator: target met, on track, limited progress, no change or wrong direction.',
    why: 'This is the core of accountability: what was promised and what was achieved. Showing both targets keeps visible whether a goal was met only because it was adjusted.',
    example:
      'Net labour participation in Heerlen rose from 62.0% to 64.3%: nearly the target of 64.5%. 182 residents of Heerlen-Noord work in the sector (baseline 40): on track for the adjusted target of 200, but far from the original 250. Lorries on the district access road (190 per working day) went the wrong way.',
    mistakes: [
      'Entering a final value from another source or year than the target.',
      'Reporting "target met" without saying that the target was lowered earlier.',
    ],
  },
  process: {
    what: 'You assess the implementation itself: was each activity carried out as planned (yes, partly, no), who was reached against who was to be reached, what was spent against the costs fixed at the decision, what changed along the way and what helped or hindered. With a main outcome indicator the app computes the cost per unit of improvement (value for money).',
    why: 'A disappointing result can lie in the theory or in the implementation. Without a process evaluation the two cannot be told apart, and an audit office asks about both: effectiveness and efficiency.',
    example:
      'The training programme was carried out, but partly: the part-time variant only came in 2026. Planned € 8,500,000, spent € 9,240,000 (+8.7 %), mostly because of the accelerated truck route. With 142 more residents of Heerlen-Noord in medtech logistics, each extra worker from the area costs € 15,775 in yearly costs; the contribution of the policy is of medium certainty, so read this as a lower bound.',
    mistakes: [
      'Giving only total spending, without setting it against the budget per cost line.',
      'Dividing costs by the whole change while part of it cannot be attributed to the policy.',
      'Giving reach only in numbers, without saying which group was and was not reached.',
    ],
  },
  'expected-realised': {
    what: 'For each effect you compare what was expected with what happened: the realised direction, the evidence, how sure it is that the policy was the cause (the contribution) and when it occurred.',
    why: 'An indicator can rise without the policy causing it. Judging evidence and contribution separately prevents a favourable trend from being wrongly credited to the policy, or an effect of the policy from being missed.',
    example:
      'Expected: +2 on Work and leisure. Realised: +1. Evidence: 182 residents of Heerlen-Noord work in the sector and labour participation rose faster than nationally. Contribution: 121 of them came in through the training programme, which can be credited to the campus; for labour participation the contribution is less certain, as the tight labour market and the national programme for Heerlen-Noord work in the same direction. Confidence in the contribution: medium.',
    mistakes: [
      'Mixing up the evidence (what happened) and the contribution (why the policy caused it).',
      'Giving high confidence in the contribution without comparison with an area without the policy.',
    ],
  },
  unintended: {
    what: 'You record effects that were not expected beforehand, positive or negative, also in other domains, with the theme, the direction, the evidence and, where so, the theme through which the effect ran.',
    why: 'Unintended effects are often the main lesson. If they are not recorded, the next policy will not expect them either.',
    example:
      'More rooms let to agency workers in Hoensbroek and Heerlerheide, with overcrowding, parking pressure and nuisance (Housing, −1). This was not in the assessment beforehand; the signal came from the neighbourhood team.',
    mistakes: [
      'Naming only negative unintended effects.',
      'Recording an effect as unintended while it was expected; that belongs in "Expected and realised".',
    ],
  },
  'perceived-measured': {
    what: 'For each perceived outcome you record what residents really noticed, from which source, and how that compares with what you expected.',
    why: 'There is impact only when residents notice it. A gap between figures and experience is a result in itself: it shows where the policy does not yet reach people.',
    example:
      'In the 2027 residents’ panel 41% know someone in their neighbourhood or family who found work through the campus (2025: 22%). That is partly what was expected: residents notice the jobs, but a large group still sees the campus as something from outside.',
    mistakes: [
      'Giving only the survey result, without the comparison with the expectation.',
      'Leaving out the source (panel, conversation, survey) and the year.',
    ],
  },
  distribution: {
    what: 'You describe who gained and who lost, and whether inequality fell, rose or stayed the same, with an explanation.',
    why: 'An average improvement can hide that one group pays the bill. Broad prosperity asks for attention to distribution, here, later and elsewhere.',
    example:
      'Gainers were residents of Heerlen-Noord who completed the training programme and found work (mainly men aged 25 to 45) and the regional economy. Losers were residents along the district access road, especially in 2024–2026, and neighbours of houses let room by room.',
    mistakes: [
      'Entering "nobody" under who loses without support.',
      'Naming only groups in the own municipality and forgetting the effects elsewhere.',
    ],
  },
  conclusions: {
    what: 'You draw lessons, give a recommendation (continue, adapt or stop) with its reason, and say whether working with broad prosperity led to other choices.',
    why: 'An evaluation is only finished when it yields something for the next decision. The question about other choices shows what the broad-prosperity lens added.',
    example:
      'Lesson: fix the conditions for local intake before the companies settle; the priority agreement came only in 2026. Other choice: without the broad-prosperity lens the choice would probably have been only the business park, cheaper and with a comparable economic effect.',
    mistakes: ['Lessons nobody can act on ("communicate better").', 'A recommendation that does not follow from the results.'],
  },
};

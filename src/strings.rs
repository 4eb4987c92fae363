//! The one table of user-visible UI text. Each entry has a Chinese and an English
//! text; an entry without both does not compile.

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The text of a pair (data with a Chinese and an English text) in this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

macro_rules! strings {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A key of the strings table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum S { $($key,)* }

        impl S {
            /// Every key, for tests.
            pub const ALL: &'static [S] = &[$(S::$key,)*];

            /// The text in `lang` (a table lookup: far less code than a match).
            pub fn get(self, lang: Lang) -> &'static str {
                const TABLE: &[[&str; 2]] = &[$([$zh, $en],)*];
                TABLE[self as usize][lang as usize]
            }
        }
    };
}

strings! {
    AppName => "对照", "duizhao";
    AppTagline => "民主生活会对照检查材料写作助手", "A writing aid for the comparison-and-inspection material";
    LangSwitch => "English", "中文";
    Offline => "全部在本机浏览器中运行，不联网、不上传", "Runs entirely in this browser: nothing is sent anywhere";
    SkipToContent => "跳到本步内容", "Skip to this step";
    StepsNav => "写作步骤", "Steps";
    StepOf => "第 {n} 步，共 {total} 步", "Step {n} of {total}";
    StepProfile => "基本信息", "About the material";
    StepPreview => "预览与打印", "Preview and print";
    Back => "上一步", "Back";
    Continue => "继续", "Continue";
    ProfileHeading => "基本信息", "About the material";
    ProfileHint => "先说明这是谁的材料、为哪次会议准备。标题会据此自动生成，也可以自己改写。", "First say whose material this is and for which meeting. The title is built from this, and you can rewrite it.";
    KindLabel => "材料类型", "Kind of material";
    KindIndividual => "个人对照检查材料", "Individual material";
    KindTeam => "班子对照检查材料", "Leadership team material";
    TitleFormLabel => "材料名称（用于标题）", "What the title calls the material";
    TitleFormComparison => "对照检查材料", "对照检查材料 (comparison and inspection material)";
    TitleFormInspection => "检视剖析材料", "检视剖析材料 (inspection and analysis material)";
    TitleFormOutline => "发言提纲", "发言提纲 (speech outline)";
    TitleFormOutlineAt => "在……上的发言提纲", "在……上的发言提纲 (speech outline at the meeting)";
    UnitLabel => "单位（党组织）名称", "Unit (Party organisation)";
    UnitHint => "如：中共某县委办公室、某市某局党组", "e.g. the county Party committee office, or the Party group of a city bureau";
    PersonLabel => "姓名", "Name";
    PersonHintTeam => "代表班子作对照检查的主要负责同志", "The principal who speaks for the team";
    PersonHintIndividual => "材料作者本人", "The author of the material";
    PostLabel => "职务", "Post";
    PostHint => "如：党组书记、局长", "e.g. Party group secretary and director";
    ChecklistLabel => "会议年度和检查清单", "Meeting year and checklist";
    ChecklistHint => "材料按所选年度的清单分部分、列方面。2023年度有两种清单：各地主题教育专题民主生活会通用的“6个方面”，以及中央政治局会议的“五个带头”。本单位通知与内置清单不同，或要写的年度还没有内置清单时，可在“我的稿件”页录入本单位的清单。", "The material's parts and aspects follow the chosen year's checklist. 2023 has two: the 6 areas most units used at the theme-education meeting, and the Politburo's five. If your notice differs, or the year has no built-in checklist yet, type in your unit's own on the drafts page.";
    SourceOfStandIn => "{from}清单的出处：", "Source of the {from} checklist: ";
    SourceLabel => "出处：", "Source: ";
    MarkVerified => "已核实（官方来源）", "verified (official source)";
    MarkThirdParty => "已核实（第三方来源）", "verified (third-party source)";
    MarkRecalled => "通行表述，待对照本单位通知核实", "usual wording, check it against your notice";
    MarkCompiled => "综合整理", "compiled from several sources";
    MarkUnit => "本单位录入", "typed in by the unit";
    StrayHeading => "有问题所在的方面不在当前清单里", "Some problems are under aspects this checklist does not have";
    StrayHint => "换了年度或清单后，原有问题都还在；下面这些问题所在的方面与当前清单不同，暂不写入材料。每个问题已按内容建议了新的方面，请核对后移动，或一并移动。", "After a change of year or checklist every problem is kept, but these are under aspects that differ from this checklist's and stay out of the material. Each has a proposed aspect covering the same ground: check it and move it, or move them all.";
    MoveToAspect => "移到", "Move to";
    ChooseAspect => "（选择方面）", "(choose an aspect)";
    MoveButton => "移动", "Move";
    MoveAll => "全部按建议移动", "Move all as proposed";
    OptionalPart => "本部分可以不写：不写时不出现在材料中。", "This part is optional: left empty, it is left out of the material.";
    PartTextLabel => "正文", "Text";
    NextYearTwin => "已从本稿开始过下一年度的稿件“{title}”。如确要再建一份，请再点一次“仍要再建一份”。", "Next year's draft “{title}” was already started from this one. To make another anyway, click “Start another anyway”.";
    NextYearAgain => "仍要再建一份", "Start another anyway";
    NextYear => "开始下一年度", "Start next year";
    NextYearCopied => "{year}年度还没有内置清单：已按最近一年的清单复制一份本单位的{year}年度清单，收到通知后请在“我的稿件”页核对修改。", " There is no built-in {year} checklist yet: your unit's own was copied from the most recent one; check it against the notice on the drafts page.";
    OpenFailedShort => "这份稿件无法读取。", "This draft cannot be read.";
    NextYearStarted => "已按本稿创建{year}年度的新稿：上年度整改已列出原整改清单的{n}项措施，请逐项更新完成情况。", "A {year} draft was started from this one: 上年度整改 lists the {n} measures of its rectification list; update how far each has gone.";
    OwnHeading => "本单位的检查清单", "Your unit's checklists";
    OwnHint => "上级通知的清单与内置的不同，或要写的年度（如2026年度）还没有内置清单时，在这里按通知录入。可以从内置清单复制后修改，导出后发给本单位其他同志导入。", "When your notice's checklist differs from the built-in ones, or the year (such as 2026) has none yet, type it in here from the notice. Start from a built-in one and edit it; export it for your colleagues to import.";
    OwnAspects => "{name}，{n}个方面", "{name}, {n} aspects";
    OwnEdit => "编辑", "Edit";
    OwnExport => "导出", "Export";
    OwnBase => "从哪个清单开始", "Start from";
    OwnYear => "会议年度", "Meeting year";
    OwnCampaign => "上年度整改所报的学习教育查摆问题", "The education campaign whose problems last year's rectification reports";
    OwnCampaignHint => "上年度整改中与上次民主生活会、巡视巡察并列报告的一类问题，按通知填写，如“树立和践行正确政绩观学习教育查摆问题”；没有则留空。", "Reported in last year's rectification beside the meeting before and inspections; fill it in from the notice, e.g. 树立和践行正确政绩观学习教育查摆问题, or leave it empty.";
    OwnIntroHint => "导语按下面的模板生成，其中 {year} 为会议年度，{theme} 为会议主题，{studies} 为专题学习研讨次数，{opinions} 为征求意见条数，{talks} 为谈心谈话人次，{checklist} 为清单名称，各出现一次，由本稿的内容填入；{campaign} 为上面填写的学习教育（可以不用）。请把模板中其他提到本年度学习教育的地方改成通知的提法。", "The opening paragraph is made from these patterns: {year} is the meeting year, {theme} its theme, {studies} the number of study sessions, {opinions} the opinions received, {talks} the talks held and {checklist} the checklist's name, each once, filled from the draft; {campaign} is the campaign typed above (optional). Change anything else the patterns say about the year's study to the notice's words.";
    OwnIntroTeam => "班子材料的导语模板", "Opening pattern of a team material";
    OwnIntroIndividual => "个人材料的导语模板", "Opening pattern of an individual material";
    OwnIntroPlaceholders => "“{which}”中 {p} 须出现一次且只出现一次。", "“{which}” must hold {p} exactly once.";
    OwnNew => "新建本单位清单", "New checklist of your unit";
    OwnBadYear => "请填写2000到2100之间的年度。", "Enter a year between 2000 and 2100.";
    OwnEditorHeading => "本单位的检查清单", "Your unit's checklist";
    OwnEditorHint => "按上级通知填写会议名称、主题和各方面的标题。每个方面的自查提示一行一条，写材料时显示在旁边。保存后，稿件在“基本信息”中即可选用。", "Fill in the meeting's name, its theme and each aspect's heading as the notice gives them. Self-check prompts go one a line and are shown beside the aspect while writing. Once saved, drafts can choose it on their first step.";
    OwnMissing => "找不到这份清单，可能已在其他页面删除。", "This checklist is not here any more; it may have been deleted in another tab.";
    OwnMeeting => "会议名称（标题中“年度”之后的部分）", "Meeting name (after 年度 in the title)";
    OwnName => "清单名称（如“五个带头”）", "Checklist name (e.g. 五个带头)";
    OwnTheme => "会议主题", "Meeting theme";
    OwnPrevious => "上年度会议（报告其整改落实情况）", "Last year's meeting (whose rectification is reported)";
    OwnCase => "包含“典型案例剖析”部分（写在存在的问题之后）", "Include a case-study part (after the problems)";
    OwnAspectsHeading => "各个方面", "Aspects";
    OwnAspectsHint => "标题写成材料中的样子，如“在带头……方面”。已有稿件中的问题跟随其方面，调整顺序或改写标题不会丢失。", "Write each heading as it appears in the material, e.g. 在带头……方面. Problems in existing drafts stay with their aspect when you reorder or reword.";
    OwnAspectN => "第{n}个方面", "Aspect {n}";
    OwnAspectHeading => "标题", "Heading";
    OwnAspectShort => "简称（步骤列表中显示）", "Short name (in the steps list)";
    OwnAspectPrompts => "自查提示（一行一条）", "Self-check prompts (one a line)";
    OwnRemoveAspect => "删除此方面", "Remove this aspect";
    OwnAddAspect => "添加一个方面", "Add an aspect";
    OwnBack => "返回我的稿件", "Back to my drafts";
    OwnSaved => "清单已保存。", "The checklist was saved.";
    OwnSaveFailed => "清单没有保存。", "The checklist was not saved.";
    OwnDeleted => "清单已删除；用它的稿件改用其年度的内置清单，问题都还在。", "The checklist was deleted; drafts that used it follow their year's built-in checklist and keep every problem.";
    OwnDeleteFailed => "清单没有删除。", "The checklist was not deleted.";
    OwnImported => "已导入{n}份清单。", "{n} checklist(s) imported.";
    OwnIncomplete => "清单还不完整：请填写会议名称、清单名称、会议主题和上年度会议。", "The checklist is incomplete: fill in the meeting name, checklist name, theme and last year's meeting.";
    OwnNoAspect => "清单至少要有一个方面。", "A checklist needs at least one aspect.";
    OwnAspectNoHeading => "第{n}个方面还没有标题。", "Aspect {n} has no heading yet.";
    ImportChecklist => "检查清单：{name}", "Checklist: {name}";
    PreviousDraft => "上年度材料：", "Last year's material: ";
    StepLedger => "整改台账", "Rectification ledger";
    LedgerHint => "民主生活会后，整改清单上的每项措施在这里跟踪到底：责任人、完成状态、每次进展和佐证材料。到期未完成的标为逾期，也显示在“我的稿件”页；据此可生成整改落实情况报告，下一年度的材料也从这里读取上年度整改情况。", "After the meeting, every measure of the rectification list is followed here to the end: who answers for it, its status, each step of progress and the evidence. Measures past their deadline are marked overdue, also on the drafts page; the rectification report is drawn from here, and next year's material reads last year's results from it.";
    LedgerStart => "根据整改清单建立整改台账", "Start the ledger from the rectification list";
    LedgerNoMeasures => "这份稿件还没有整改措施。先在“整改措施”中写好，再建立整改台账。", "This draft has no measures yet. Write them under 整改措施 first, then start the ledger.";
    LedgerCounts => "共{n}项：已完成{done}项，未完成{open}项，其中逾期{late}项。", "{n} measures: {done} done, {open} open, {late} of them overdue.";
    LanguageNotKept => "语言的选择未能保存，下次打开时可能不是这种语言。", "The language choice could not be saved: the next visit may open in the other language.";
    RecordItemDeleted => "已删除一条记录。", "An entry was deleted.";
    RecordUnreadable => "这份稿件的这项记录无法读取，已原样保留一份。", "This draft's record cannot be read; a copy is kept as it was.";
    RecordSaveFailed => "这项记录没有保存。", "This record was not saved.";
    RecordsLeftOut => "有{n}份整改台账或会议记录无法读取，没有放进备份文件，原数据仍保留在本机。", " {n} ledger(s) or meeting record(s) could not be read and are not in the file; they stay on this computer as they are.";
    RecordsReplaced => "本机原有的{n}份整改台账或会议记录已换成文件中的版本，原来的已保存为历史版本。", " {n} ledger(s) or meeting record(s) here were replaced by the file's; the ones replaced are kept as history versions.";
    StepOpinions => "征求意见", "Opinions received";
    StepTalks => "谈心谈话", "Heart-to-heart talks";
    StepCriticism => "批评与自我批评", "Criticism and self-criticism";
    AroundHeading => "会前会后", "Before and after the meeting";
    OpinionsHint => "把会前通过座谈会、问卷、意见箱、个别访谈和上级反馈征求到的意见逐条记下，认领给领导班子或本人，再对应到材料中回应它的问题。列表用起来后，导语里的意见条数按列表计算。", "Record each opinion received before the meeting (forums, questionnaires, the suggestion box, interviews, the higher level's feedback), claim it for the team or for yourself, and link it to the problem of the material that answers it. Once the list is used, the opening's count of opinions comes from it.";
    OpinionsCounts => "共{n}条：对领导班子{team}条、对本人{person}条；{gaps}条尚未认领或尚未对应到问题。", "{n} in all: {team} for the team, {person} for you; {gaps} not yet claimed or answered by a problem.";
    OpinionAdd => "添加一条意见", "Add an opinion";
    OpinionSource => "来源", "Source";
    SourceForum => "座谈会", "Forum";
    SourceSurvey => "问卷调查", "Questionnaire";
    SourceMailbox => "意见箱、来信", "Suggestion box, letters";
    SourceInterview => "个别访谈", "Interview";
    SourceSuperior => "上级反馈", "Higher level's feedback";
    OpinionOther => "其他", "Other";
    OpinionContent => "意见内容", "The opinion";
    OpinionClaim => "认领", "Claimed by";
    ClaimOpen => "待认领", "Not yet claimed";
    ClaimTeam => "领导班子", "The team";
    ClaimPerson => "本人", "Myself";
    ClaimOther => "其他同志或部门", "Another member or department";
    LinkProblemLabel => "对应的问题", "Answered by problem";
    GapUnclaimed => "尚未认领。", "Not yet claimed.";
    GapUnlinked => "尚未对应到材料中的问题：审核时会问这条意见怎么回应。", "No problem of the material answers it yet: a reviewer will ask how it was answered.";
    IntroFromRecords => "意见条数和谈心谈话人次按“征求意见”“谈心谈话”两页的记录计算，请在那里修改。", "The counts of opinions and talks come from the records on the Opinions and Talks pages; change them there.";
    TalksHint => "记下会前的每一次谈心谈话：与谁、职务、日期，对方给自己提的意见和自己给对方提的意见，并把对方提的意见对应到材料中的问题。导语里的谈心谈话人次按记下的谈话计算。", "Record each talk held before the meeting: with whom, their post, the date, what they raised about you and what you raised with them, and link what they raised to a problem of the material. The opening's count of talks comes from these records.";
    TalksCounts => "已记下谈心谈话{n}人次；{open}次谈话中对方提的意见尚未对应到问题。", "{n} talk(s) recorded; in {open}, what was raised is not yet answered by a problem.";
    TalksUsual => "通常要谈到的几类人（点“添加”记下一次谈话）：", "The usual pairings (Add records one talk of that kind):";
    TalksUsualCount => "：已谈{n}次", ": {n} held";
    PairingSecretary => "书记与班子成员", "The secretary and each member";
    PairingMembers => "班子成员之间", "Members with each other";
    PairingDepartments => "与分管部门负责同志", "Heads of the departments one oversees";
    PairingBranch => "与所在支部党员代表", "Party members of one's branch";
    PairingOther => "其他", "Other";
    TalkAdd => "添加", "Add";
    TalkPairing => "类别", "Pairing";
    TalkWith => "谈话对象", "With whom";
    RecordPost => "职务", "Post";
    TalkToMe => "对方对我提出的意见", "What they raised about me";
    TalkFromMe => "我对对方提出的意见", "What I raised with them";
    TalkUnanswered => "对方提的意见尚未对应到材料中的问题。", "What they raised is not yet answered by a problem of the material.";
    CriticismHint => "会前为每位同事准备批评意见：点出具体的事、时间和后果，不以表扬代替批评，不以希望代替批评，不以一般代替具体。会后记下每位同事对自己提的批评意见，逐条对应到材料中的问题或整改措施。", "Before the meeting, prepare criticism for each colleague: name the matter, the time and what came of it; no praise, no mere wishes, no generalities. After it, record what each colleague said of you, and answer each item with a problem or a measure of the material.";
    CriticismSummary => "已为{n}位同事准备批评意见，{flawed}位的还需修改；会上收到批评意见{r}条，{open}条尚未对应。", "Criticism prepared for {n} colleague(s), {flawed} still to revise; {r} received at the meeting, {open} not yet answered.";
    ColleagueAdd => "添加一位同事", "Add a colleague";
    ColleagueName => "同事姓名", "Colleague";
    CriticismGiven => "会前准备的批评意见", "Criticism prepared for them";
    CriticismReceived => "会上收到的批评意见", "What they said of me at the meeting";
    ReceivedAdd => "记下一条收到的批评", "Record criticism received";
    ReceivedText => "批评意见", "The criticism";
    ReceivedAnswer => "对应的问题或措施", "Answered by problem or measure";
    ReceivedUnanswered => "尚未对应到材料中的问题或整改措施。", "Not yet answered by a problem or measure of the material.";
    FlawEmpty => "还没有写批评意见。", "No criticism written yet.";
    FlawPraise => "像是表扬：以表扬代替批评，或把优点说成缺点。", "Reads as praise, or a strength dressed as a fault.";
    FlawWish => "只是希望或建议：以希望代替批评，请点出具体问题。", "Only a hope or a suggestion: name the shortcoming itself.";
    FlawVague => "没有具体的事例、场合或数字：以一般代替具体。", "No matter, occasion or figure: a label, not a criticism.";
    FlawNone => "具体、直接，可以用。", "Concrete and direct.";
    RecordsOnCheck => "会前会后", "Before and after the meeting";
    RecordsAllAnswered => "征求到的意见、谈心谈话中提的意见和收到的批评都已对应到材料。", "Every opinion, every point raised in talks and every criticism received is answered in the material.";
    OpinionN => "第{n}条意见", "Opinion {n}";
    TalkN => "第{n}次谈话", "Talk {n}";
    ColleagueN => "同事{n}", "Colleague {n}";
    DeleteItem => "删除{x}", "Delete {x}";
    TalkAddLabel => "添加一次谈话：{x}", "Add a talk: {x}";
    RFOpinions => "{n}条征求到的意见尚未认领或尚未对应到问题。", "{n} opinion(s) not yet claimed or answered by a problem.";
    RFTalks => "{n}次谈心谈话中对方提的意见尚未对应到问题。", "In {n} talk(s), what was raised is not yet answered by a problem.";
    RFCriticismFlawed => "为{n}位同事准备的批评意见还需修改。", "The criticism prepared for {n} colleague(s) needs revising.";
    RFReceived => "会上收到的{n}条批评意见尚未对应到问题或措施。", "{n} criticism(s) received at the meeting not yet answered by a problem or measure.";
    RecordChangedElsewhere => "这项记录刚在另一个窗口修改过：已载入那边的版本，请再操作一次。", "This record was just changed in another tab: its version is shown; please do that again.";
    LinkNone => "（尚未对应）", "(not yet answered)";
    LinkProblem => "问题{n}：", "Problem {n}: ";
    LinkMeasure => "措施{n}：", "Measure {n}: ";
    EntryProblems => "针对问题：", "Answers: ";
    EntryDeadline => "完成时限：", "Deadline: ";
    EntryOverdue => "（已逾期）", " (overdue)";
    ListSep => "；", "; ";
    FieldSep => "，", ", ";
    SentenceSep => "。", ". ";
    EntryOwner => "责任人", "Responsible";
    EntryStatusLabel => "状态", "Status";
    EntryPending => "未开始", "Not started";
    EntryInProgress => "推进中", "In progress";
    EntryDone => "已完成", "Done";
    EntryDoneOn => "完成日期：", "Done on: ";
    EntryNotes => "进展情况", "Progress";
    NoteDate => "日期", "Date";
    NoteText => "这次的进展", "This step of progress";
    NoteAdd => "记录进展", "Record progress";
    NoteIncomplete => "请填写日期和进展内容。", "Give a date and what was done.";
    EntryEvidence => "佐证材料（文件、数据、存放位置）", "Evidence (documents, figures, where they are filed)";
    ReportShow => "生成整改落实情况报告", "Draw up the rectification report";
    ReportPrint => "打印报告", "Print the report";
    OverdueHeading => "逾期未完成的整改事项", "Overdue rectification measures";
    OverdueItem => "{title}：{measure}（完成时限：{deadline}）", "{title}: {measure} (deadline: {deadline})";
    OpenLedger => "打开整改台账", "Open the ledger";
    FStaleFacts => "“{s}”所写的事实最晚是{y}年的，早于本年度：是否沿用了旧材料？请写本年度的具体事例。", "“{s}” dates its facts {y} at the latest, years before this meeting: was it taken from an old material? Give this year's facts.";
    FDeadlineBeforeMeeting => "整改措施“{s}”的完成时限 {d} 早于会议日期，请改为会后的时间。", "The measure “{s}” is due {d}, before the meeting: set a date after it.";
    FStandIn => "本稿为{year}年度，还没有该年度的检查清单，方面和主题暂沿用{from}年度，尚未按通知核对。请在“基本信息”中据通知建立本单位的{year}年度清单。", "This draft is for {year}, which has no checklist yet: its aspects and theme follow {from} for now, not checked against the notice. Make your unit's own {year} checklist from the notice on the first step.";
    FCopyUnchecked => "本单位清单“{s}”复制自{from}年度，主题或方面标题仍与{from}年度相同，尚未按通知核对。", "Your unit's checklist “{s}” was copied from {from} and its theme or aspect headings are still those of {from}: it has not been checked against the notice.";
    StandInLine => "还没有内置{year}年度的检查清单：本稿暂按{from}的“{name}”起草。收到上级通知后，请据此建立本单位的{year}年度清单。", "The app has no {year} checklist yet: this draft follows the {from}'s “{name}” for now. When your notice comes, make your unit's own {year} checklist from it.";
    StandInMake => "以{from}为底稿建立本单位{year}年度清单", "Start your unit's {year} checklist from this one";
    StandInOption => "{year}年度（暂按{from}，尚未核对）", "{year} (following {from} for now, not verified)";
    MarkCopied => "复制自其他年度，尚未按通知核对", "copied from another year, not yet verified against the notice";
    FOutsideChecklist => "“{s}”所在的方面不在当前的检查清单里，暂不写入材料。请在“基本信息”中把它移到新的方面。", "“{s}” is under an aspect the current checklist does not have and is left out of the material. Move it to a new aspect on the first step.";
    TitleLabel => "标题", "Title";
    TitleHint => "留空则使用自动生成的标题：", "Leave empty to use the generated title: ";
    PreviewHeading => "预览与打印", "Preview and print";
    PreviewHint => "下面是按公文格式排好的材料，一页一页与打印出来的完全相同；打印或“另存为 PDF”时只输出这些页面。", "Below is the material in the official layout, page by page exactly as it prints; printing or saving as PDF outputs these pages only.";
    PrintScope => "打印和导出的范围", "What to print and export";
    ScopeWhole => "全文（含附件整改清单）", "The whole material (with the rectification list)";
    ScopeAttachment => "仅附件：整改清单（单独成件，页码从 1 起）", "The rectification list alone (numbered from page 1)";
    NoAttachment => "还没有整改措施，整改清单是空的。", "There are no rectification measures yet: the list is empty.";
    ExportDocx => "导出 Word 文档（.docx）", "Export as Word (.docx)";
    ExportTxt => "导出纯文本（.txt）", "Export as plain text (.txt)";
    CopyAll => "复制全文", "Copy the whole text";
    Copied => "已复制到剪贴板，可粘贴到 Word、WPS 或微信中。", "Copied to the clipboard: paste it into Word, WPS or a message.";
    CopyFailed => "浏览器没有允许复制，请改用“导出纯文本”。", "The browser did not allow copying; use the plain-text export instead.";
    FileExported => "已导出“{name}”，请在浏览器的下载中查看。", "Exported “{name}”: find it in the browser's downloads.";
    NoLandscapePrint => "这个浏览器（内核低于 85）打印时不能把整改清单排成横向页：打印“全文”只打印正文。整改清单请导出 Word 文档打印，或换用 Chrome、Edge 117 及以上版本。", "This browser (a kernel before 85) cannot print the 整改清单 on landscape pages: printing the whole material prints its text only. Export the Word file to print the 整改清单, or use Chrome or Edge 117 or later.";
    PrintAttachmentApart => "这个浏览器（内核低于 117）不能在同一次打印中排竖向的正文和横向的整改清单（会把全部页面缩小）：打印“全文”只打印正文；整改清单请再选“仅附件”单独打印，或导出 Word 文档。", "This browser (a kernel before 117) cannot print the portrait text and the landscape 整改清单 in one job (it would shrink every page): printing the whole material prints its text only; print the 整改清单 on its own with “attachment only”, or export the Word file.";
    FontsOk => "本机装有全部公文字体（仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312），打印与公文格式一致。", "This computer has every official face (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312): the print matches the official layout.";
    FontsMissing => "本机没有下列公文字体，打印时用相近的字体代替：字形略有不同，行数和分页不变。需要标准字体时，请在装有这些字体的电脑上打印，或导出 Word 文档到单位电脑上打开。", "This computer lacks these official faces; the print uses the closest ones instead. The letterforms differ a little; lines and pages stay the same. For the official faces, print on a computer that has them, or export to Word and open it there.";
    FontFallback => "{role}：没有“{want}”，用“{used}”代替", "{role}: “{want}” missing, “{used}” instead";
    FontBrowserDefault => "浏览器默认字体", "the browser's default face";
    RoleBody => "正文", "Body text";
    RoleTitle => "标题", "Title";
    RoleHei => "一级标题", "First-level headings";
    RoleKai => "二级标题和“一是”等加粗引导语", "Second-level headings and bold leads";
    PageCount => "共 {n} 页（正文 {body} 页，整改清单 {attach} 页）", "{n} pages ({body} of material, {attach} of the rectification list)";
    Print => "打印 / 存为 PDF", "Print / save as PDF";
    CharCount => "{n} 字", "{n} characters";
    TotalCount => "全文共 {n} 字（参考 {min}–{max} 字）", "{n} characters in all (guide {min}–{max})";
    Saved => "已保存 {time}", "Saved {time}";
    Saving => "正在保存…", "Saving…";
    NotSavedYet => "尚未保存", "Not saved yet";
    SaveFailedQuota => "保存失败：浏览器存储空间已满。最近一次成功保存的内容仍完好，请先下载本稿备份。", "Not saved: the browser's storage is full. The last good copy is intact; download this draft now.";
    SaveFailedOther => "保存失败：浏览器未能写入本地存储。最近一次成功保存的内容仍完好，请先下载本稿备份。", "Not saved: the browser could not write to local storage. The last good copy is intact; download this draft now.";
    StorageUnavailable => "此浏览器禁止了本地存储，稿件只保存在当前页面中，关闭页面即会丢失。请及时下载备份。", "This browser blocks local storage: the draft lives only in this page and is lost when it closes. Download a copy.";
    Unreadable => "本机保存的一份稿件无法读取（已损坏或由更新版本写入）。原数据已原样保留，可以下载保存。", "A stored draft could not be read (damaged, or written by a newer version). It has been kept untouched and can be downloaded.";
    DownloadDraft => "下载本稿备份", "Download this draft";
    DownloadRaw => "下载无法读取的数据", "Download the unreadable data";
    Language => "界面语言", "Language";
    StepTasks => "写作任务", "Tasks";
    StepIntro => "导语", "Opening";
    StepLastYear => "上年度整改落实情况", "Last year's rectification";
    StepAspect => "存在的问题：{name}", "Problems: {name}";
    StepExplanations => "需要向组织说明的事项", "Matters to report to the Party";
    StepCauses => "原因剖析", "Root causes";
    StepMeasures => "整改措施", "Rectification measures";
    StepClosing => "表态", "Closing statement";
    StepCheck => "核对", "Check";
    TasksHint => "按顺序完成下列各部分，也可以随时跳到任意一部分。每部分的状态会随填写自动更新。", "Complete the sections below in order, or jump to any of them at any time. Each section's status follows what you write.";
    StatusNotStarted => "未开始", "Not started";
    StatusInProgress => "填写中", "In progress";
    StatusCompleted => "已完成", "Completed";
    StatusHasProblem => "待修改", "Needs changes";
    StatusOptional => "可选", "Optional";
    TasksProgress => "已完成 {n} 部分，共 {total} 部分", "{n} of {total} sections completed";
    GoToCheck => "核对全文", "Check the whole material";
    BackToCheck => "返回核对页", "Back to the check page";
    SectionCount => "本部分 {n} 字（参考 {min}–{max} 字）", "This section: {n} characters (guide {min}–{max})";
    SectionDoneQuestion => "本部分是否已完成？", "Have you completed this section?";
    SectionDoneYes => "是，已完成", "Yes, I've completed it";
    SectionDoneNo => "否，稍后再回来", "No, I'll come back later";
    IntroHeading => "导语", "Opening";
    IntroHint => "导语交代会前准备：学习研讨、征求意见、谈心谈话。填入实际数字，导语会自动生成；也可以在下面自己改写。", "The opening tells how you prepared: study sessions, opinions collected, heart-to-heart talks. Enter the real figures and the opening is written for you; you can also rewrite it below.";
    StudySessions => "专题学习研讨（次）", "Study sessions held";
    OpinionsTeam => "征求到对班子的意见建议（条）", "Opinions collected on the team";
    OpinionsPerson => "征求到对本人的意见建议（条）", "Opinions collected on you";
    Talks => "谈心谈话（人次）", "Heart-to-heart talks held";
    GeneratedIntro => "自动生成的导语", "The generated opening";
    OwnIntro => "自己改写的导语（留空则使用自动生成的导语）", "Your own opening (leave empty to use the generated one)";
    UseGenerated => "以生成的导语为底稿改写", "Start from the generated opening";
    IntroReplaced => "原来写的导语已换成生成的导语。", "Your own opening was replaced by the generated one.";
    LastYearHeading => "上年度整改落实情况", "Last year's rectification";
    LastYearHint => "逐条列出上年度民主生活会查摆的问题、整改措施和落实情况。仍在推进的，要说明原因和下一步打算。", "List each problem found at last year's meeting, its measure and what became of it. For an item still in progress, say why and what comes next.";
    LastYearItem => "第 {n} 项", "Item {n}";
    LastYearProblem => "上年度查摆的问题", "The problem found last year";
    LastYearMeasure => "整改措施", "The measure taken";
    LastYearStatus => "整改状态", "Status";
    StatusDone => "已完成", "Done";
    StatusOngoing => "持续推进", "Still in progress";
    LastYearResult => "落实情况和成效", "What was done and the result";
    LastYearNext => "未完成的原因和下一步打算", "Why it is not finished, and what comes next";
    AddLastYear => "添加一项", "Add an item";
    Delete => "删除", "Delete";
    AspectHint => "对照本方面，结合征求到的意见和谈心谈话，查摆自己（班子）的问题。每个问题先用一句话概括，再写具体表现和事例，做到见人见事见思想。", "Under this aspect, and with the opinions and talks in mind, find your own (or the team's) problems. Give each a one-line summary, then its concrete manifestations and examples: name the person, the event and the thinking.";
    AspectWording => "本方面的表述", "Wording of this aspect";
    AspectWordingHintOne => "如上级通知的表述不同，可以在下面改写。", "If your higher-level notice words it differently, rewrite it below.";
    AspectWordingHint => "如上级通知的表述不同，可以选择或改写。", "If your higher-level notice words it differently, choose or rewrite it.";
    WordingOwnOne => "本单位的表述（留空则用本步标题的表述）", "Your unit's wording (empty: the heading of this step)";
    WordingOwn => "本单位的表述（留空则用上面的选择）", "Your unit's wording (empty: use the choice above)";
    PromptsHeading => "自查提示", "Self-check prompts";
    PromptsHint => "逐条对照，想过的可以勾选。提示不会写进材料。", "Go through each; tick the ones you have considered. Prompts are never put into the material.";
    PromptsProgress => "已对照 {n} / {total} 条", "{n} of {total} considered";
    ProblemN => "问题 {n}", "Problem {n}";
    ProblemSummary => "问题概括（一句话）", "Summary (one line)";
    ProblemSummaryHint => "如：深入基层调查研究不够经常", "e.g. Not going down to the grassroots often enough";
    ProblemDetail => "具体表现和事例", "Concrete manifestations and examples";
    ProblemDetailHint => "写清时间、事情、数字和自己的责任，避免只写套话。需要补充事实的地方可以先写【待补】。", "Give the time, the event, the figures and your own part; avoid set phrases. Write 【待补】 where a fact is still to be added.";
    AddProblem => "添加问题", "Add a problem";
    MoveUp => "上移", "Move up";
    MoveDown => "下移", "Move down";
    MoveTo => "移到其他方面", "Move to another aspect";
    Deleted => "已删除“{name}”。", "Deleted “{name}”.";
    Undo => "撤销", "Undo";
    NoProblemsYet => "本方面还没有问题。", "No problem under this aspect yet.";
    ExplanationsHeading => "需要向组织说明的事项", "Matters to report to the Party";
    ExplanationsHint => "视上级要求填写。逐项选择“无”（材料中写入经自查的标准表述）或“有”（写明具体情况）；都不填，材料中不出现此部分。", "Fill in if your higher level asks for it. For each matter choose “none” (the material states the usual self-check sentence) or “yes” (and say what); leave all empty and the part is left out.";
    ExplanationsLabel => "其他需要说明的事项", "Other matters to report";
    AnswerNone => "无（经自查）", "None (after self-check)";
    AnswerHas => "有，需要说明", "Yes, to explain";
    AnswerDetails => "具体情况", "What there is to explain";
    MeetingDateLabel => "会议日期", "Date of the meeting";
    MeetingDateHint => "知道时填写。材料在会上宣读，会议若不在本年度内召开，“今年”“明年”等说法会产生歧义。", "Fill in when known. The material is read at the meeting; if it is held in another year, words such as “this year” become ambiguous.";
    LastYearSource => "问题来源", "Where the problem was found";
    SourceMeeting => "上年度民主生活会", "Last year's democratic life meeting";
    SourceInspection => "巡视巡察反馈", "Inspection tour feedback";
    SourceCampaign => "专项学习教育检视", "An education campaign";
    SourceOther => "其他专项整改", "Other special rectification";
    SourceTotal => "{source} {n} 项（已完成 {done} 项）", "{source}: {n} (done {done})";
    ListSeparator => "；", "; ";
    FUnanswered => "“{s}”还没有选择“有”或“无”。", "“{s}” is not answered yes or no yet.";
    CausesHeading => "原因剖析", "Root causes";
    CausesHint => "从主观上、思想上找根源，不把客观原因当原因，也不把问题换个说法当原因。每条原因要对应它所解释的问题。", "Look for subjective, ideological roots: not circumstances, and not the problem restated. Link each cause to the problems it explains.";
    CauseN => "原因 {n}", "Cause {n}";
    CauseDimension => "剖析维度", "Dimension";
    ChooseDimension => "请选择剖析维度", "Choose a dimension";
    DimensionOfOtherKind => "原选的维度不在本材料的剖析维度中（材料类别或清单已改），请重新选择。", "The dimension chosen before is not one of this material's (its kind or its checklist changed): choose again.";
    CauseSummary => "原因概括（作小标题）", "Summary (used as the heading)";
    CauseText => "剖析内容", "Analysis";
    AddCause => "添加原因", "Add a cause";
    LinkedProblems => "对应的问题", "Problems it answers";
    NoProblemsToLink => "还没有可以对应的问题，请先查摆问题。", "There is no problem to link yet: find the problems first.";
    MeasuresHeading => "整改措施", "Rectification measures";
    MeasuresHint => "措施要具体、可检验，写明时限和责任人；全部措施合起来就是整改清单。", "Make each measure concrete and checkable, with a deadline and who is responsible; together they form the rectification list.";
    MeasureN => "措施 {n}", "Measure {n}";
    MeasureSummary => "措施概括（作小标题）", "Summary (used as the heading)";
    MeasureText => "具体措施", "What will be done";
    Deadline => "完成时限", "Deadline";
    DeadlineDate => "具体日期", "A date";
    DeadlineNow => "立行立改", "At once";
    DeadlineLong => "长期坚持", "Ongoing";
    DeadlineBy => "{d}前", "by {d}";
    Responsible => "责任人", "Responsible";
    ResponsibleLeader => "责任领导", "Responsible leader";
    Department => "责任部门", "Responsible department";
    AddMeasure => "添加措施", "Add a measure";
    ClosingHeading => "表态", "Closing statement";
    ClosingHint => "可选。简短表明接受批评、抓好整改的态度。", "Optional. A short statement that you accept criticism and will carry out the rectification.";
    ClosingLabel => "表态内容", "Statement";
    CheckHeading => "核对全文", "Check the whole material";
    CheckHint => "打印前逐部分核对。点“修改”回到该部分，改完可以返回本页。", "Check each section before printing. Use Change to go back to a section, then return here.";
    Change => "修改", "Change";
    NotProvided => "未填写", "Not provided";
    FindingsHeading => "需要注意的地方（{n} 处）", "Points to look at ({n})";
    NoFindings => "没有发现需要注意的地方。", "No points to look at.";
    FindingsHint => "这些是提醒，不会阻止打印。", "These are reminders; they do not stop you printing.";
    ToPreview => "预览并打印", "Preview and print";
    FProfileIncomplete => "基本信息不完整，标题中会出现【待补】。", "The profile is incomplete: the title will show 【待补】.";
    FIntroPlaceholder => "导语中还有【待补】：请填入学习研讨、征求意见或谈心谈话的实际数字。", "The opening still has 【待补】: enter the real figures for study, opinions or talks.";
    FLastYearEmpty => "还没有填写上年度整改落实情况。", "Last year's rectification is empty.";
    FOngoing => "“{s}”仍在持续推进，但没有说明原因和下一步打算。", "“{s}” is still in progress but has no reason and next step.";
    FAspectEmpty => "“{s}”方面还没有查摆问题。", "No problem found under “{s}”.";
    FNoSummary => "有一个问题没有概括。", "A problem has no summary.";
    FNoMeasure => "问题“{s}”没有对应的整改措施。", "The problem “{s}” has no measure.";
    FNoCause => "问题“{s}”没有对应的原因剖析。", "The problem “{s}” has no cause.";
    FBoilerplate => "问题“{s}”只有套话，缺少具体事例、数字或本人（班子）的责任。", "The problem “{s}” is only set phrases: no example, figure or ownership.";
    FNoCauses => "还没有原因剖析。", "There is no root cause yet.";
    FCauseUnlinked => "原因“{s}”没有对应任何问题。", "The cause “{s}” is linked to no problem.";
    FMeasureUnlinked => "措施“{s}”没有对应任何问题。", "The measure “{s}” is linked to no problem.";
    FMeasureIncomplete => "措施“{s}”缺少完成时限、责任人（领导）或责任部门。", "The measure “{s}” has no deadline, no one responsible or no responsible department.";
    FNoMeasures => "还没有整改措施。", "There is no measure yet.";
    FUnderHalf => "存在的问题和原因剖析只占全文的 {n}%，一般应占一半以上。", "Problems and causes are only {n}% of the text; they usually make up at least half.";
    FSkipsLevel => "“{s}”的序号跳过了层级（应依次为 一、（一）1.（1））。", "“{s}” skips a numbering level (一、（一）1.（1） in turn).";
    ExamplesHeading => "写法示例", "Examples";
    ExamplesHint => "示例只供参考，不会写入你的材料。", "For reference only: examples are never put into your material.";
    ExampleGood => "较好的写法", "Written well";
    ExampleWeak => "需要避免的写法", "To avoid";
    RulesHeading => "写作要求：四个不代替、三个摆进去", "Writing rules: the four don'ts and the three put-yourself-ins";
    RulesFourNots => "四个不代替：不用成绩、体会代替问题；不用客观理由、上级原因代替主观原因；不用班子问题、下级问题代替个人问题；不用表扬、希望代替批评。每个问题都要见人、见事、见思想。", "Four don'ts: do not put achievements or impressions in place of problems; objective or higher-level reasons in place of subjective ones; the team's or subordinates' problems in place of your own; praise or wishes in place of criticism. Each problem names the person, the facts and the thinking behind them.";
    RulesThreeIns => "三个摆进去：把自己摆进去、把职责摆进去、把工作摆进去。原因从理想信念、党性修养、宗旨意识、纪律规矩等方面从思想上、主观上找根源，不要重复问题本身。", "Put yourself, your duties and your work into it. Trace causes to ideals, Party spirit, sense of purpose and discipline, subjective roots, and do not restate the problem.";
    FDuplicate => "“{s}”与“{o}”几乎是同一段话（只改了数字或个别字词），请写出各自的具体表现。", "“{s}” is nearly the same text as “{o}” (only figures or a few words differ): give each its own facts.";
    FRepeated => "问题“{s}”与上年度查摆的“{o}”基本相同，属于“年年提”，请写出今年新的具体表现，或说明为何整改后仍然存在。", "The problem “{s}” repeats last year's “{o}”: give this year's own facts, or say why it persists after rectification.";
    FAchievement => "问题“{s}”写的是成绩或表扬，没有指出不足（以成绩代替问题）。", "The problem “{s}” reports achievements, not a shortcoming.";
    FOthersAsOwn => "问题“{s}”写的是班子、科室或其他同志的问题，没有写到本人（以班子或下级代替个人）。", "The problem “{s}” is about the team, a section or others, not about you.";
    FFirstPerson => "班子材料中的问题“{s}”用了“我”，请以班子（我们、党组）的口吻写。", "The team problem “{s}” is written as “I”: write it as the team (we, the Party group).";
    FObjective => "原因“{s}”归于工作繁重、条件限制或上级等客观因素，应从思想上、主观上找根源（以客观代替主观）。", "The cause “{s}” blames workload, conditions or higher levels: look for subjective, ideological roots.";
    FRestates => "原因“{s}”只是重复了问题本身，没有剖析到理想信念、党性修养、宗旨意识等根源。", "The cause “{s}” only restates its problem: it does not reach a root in ideals, Party spirit or purpose.";
    FVagueMeasure => "措施“{s}”没有可检验的目标、频次或时间（如“每季度不少于2次”“6月底前完成”）。", "The measure “{s}” has no checkable target, frequency or time (e.g. “at least twice a quarter”, “by end of June”).";
    FFewProblems => "“{s}”方面只查摆了1个问题，通常每个方面查摆 {n} 个以上。", "Only one problem under “{s}”; usually {n} or more per aspect.";
    FPlaceholder => "“{s}”中还有【待补】，请填入实际内容。", "“{s}” still has 【待补】: fill in the fact.";
    FEmptyText => "“{s}”还有内容没有填写。", "Part of “{s}” is still empty.";
    FEmptyTextUnnamed => "“{part}”中有一项还没有填写完整。", "An item of “{part}” is not filled in yet.";
    FSectionShort => "“{part}”只有 {n} 字，远少于参考篇幅（{min} 字以上）。", "“{part}” has only {n} characters, far under its guide (at least {min}).";
    FMaterialLong => "全文约 {n} 字，远超参考篇幅（{max} 字以内）。会上发言时间有限，请精简：每个问题突出一两个典型事例。", "The whole material has about {n} characters, far over its guide (up to {max}). Speaking time at the meeting is short: cut each problem down to one or two telling facts.";
    FMaterialShort => "全文只有 {n} 字，远少于参考篇幅（{min} 字以上）。", "The whole material has only {n} characters, far under its guide (at least {min}).";
    FHalfWidth => "“{s}”中有半角标点“{c}”，中文材料应使用全角标点。", "“{s}” has the half-width mark “{c}”: Chinese text uses full-width punctuation.";
    FRelativeYear => "“{s}”用了“{w}”，材料在会议时读起来可能指另一年，请写明具体年份。", "“{s}” says “{w}”, which may mean another year when the material is read: name the year.";
    Untitled => "（无标题）", "(untitled)";
    Fatal => "对照遇到内部错误，已停止运行。最后一次保存的稿件仍在本机，请刷新页面后继续。", "duizhao hit an internal error and stopped. The last saved draft is still here: reload the page to go on.";
    StepHome => "我的稿件", "My drafts";
    StepHistory => "历史版本", "History";
    HomeHint => "稿件保存在本机浏览器中。清除浏览数据会删除稿件，请定期“导出全部稿件”保存备份文件。", "Drafts are kept in this browser. Clearing browsing data deletes them: export a backup file regularly.";
    NewIndividual => "新建个人材料", "New individual material";
    NewTeam => "新建班子材料", "New team material";
    ColTitle => "稿件", "Draft";
    ColKind => "类型", "Kind";
    ColYear => "年度", "Year";
    ColEdited => "最后修改", "Last edited";
    ColSize => "大小", "Size";
    ColActions => "操作", "Actions";
    KindShortIndividual => "个人", "Individual";
    KindShortTeam => "班子", "Team";
    Open => "打开", "Open";
    Opened => "当前稿件", "Open now";
    Duplicate => "复制", "Duplicate";
    Rename => "重命名", "Rename";
    RenameLabel => "新名称", "New name";
    Save => "保存", "Save";
    Cancel => "取消", "Cancel";
    CopyOf => "{name}（副本）", "{name} (copy)";
    SizeKb => "{n} KB", "{n} KB";
    DraftDeleted => "已将“{name}”移入回收站。", "“{name}” moved to the bin.";
    TrashHeading => "回收站", "Bin";
    TrashHint => "删除的稿件在回收站保留 30 天，可以随时恢复。", "Deleted drafts stay here for 30 days and can be restored.";
    TrashEmpty => "回收站是空的。", "The bin is empty.";
    DeletedAt => "删除于 {time}", "Deleted {time}";
    Restore => "恢复", "Restore";
    BackupHeading => "备份与恢复", "Backup and restore";
    ExportAll => "导出全部稿件", "Export all drafts";
    ExportThis => "导出本稿", "Export this draft";
    ImportLabel => "导入备份文件（*.duizhao.json）", "Import a backup file (*.duizhao.json)";
    ImportDrop => "也可以把备份文件拖到这里。", "You can also drop a backup file here.";
    ImportSummary => "文件中有 {n} 份稿件，尚未导入：", "The file holds {n} drafts, not imported yet:";
    ImportExists => "（本机已有同一稿件）", "(already in this browser)";
    ImportAsNew => "作为新稿件导入，不覆盖本机稿件（推荐）", "Import as new drafts, overwriting nothing (recommended)";
    ImportOverwrite => "覆盖本机的同一稿件及其整改台账和会议记录（覆盖前自动保存历史版本）", "Overwrite the same drafts here, with their ledgers and meeting records (a history version is kept first)";
    ImportDo => "导入", "Import";
    Imported => "已导入 {n} 份稿件。", "{n} drafts imported.";
    ImportPartly => "只导入了 {total} 份中的 {n} 份：", "Only {n} of {total} drafts were imported: ";
    ReasonQuota => "浏览器存储空间已满。", "the browser's storage is full.";
    ReasonBlocked => "浏览器禁止了本地存储。", "the browser blocks local storage.";
    ReasonOther => "浏览器未能写入本地存储。", "the browser could not write to local storage.";
    OpenFailed => "稿件已打开，但未能记下“上次打开的稿件”：", "The draft is open, but could not be remembered as the last one opened: ";
    DuplicateFailed => "复制失败，未生成副本：", "Not copied: ";
    RenameFailed => "改名失败，名称未改：", "Not renamed: ";
    ReasonUnreadable => "这份稿件无法读取（已损坏或由更新版本写入），原数据已原样保留，可以下载保存。", "the draft cannot be read (damaged, or written by a newer version); it is kept untouched and can be downloaded.";
    ReasonGone => "这份稿件已不在本机（可能已在另一窗口中删除）。", "the draft is no longer here (another window may have deleted it).";
    TrashUnreadable => "回收站中有一份稿件无法读取（已损坏或由更新版本写入），因此不会被自动清理。原数据已原样保留，可以下载保存。", "A draft in the trash cannot be read (damaged, or written by a newer version), so it is never purged. It has been kept untouched and can be downloaded.";
    PurgeFailed => "未能清理回收站中删除超过 30 天的稿件，它们暂时保留：", "Drafts deleted over 30 days ago could not be purged from the trash and stay for now: ";
    DeleteFailed => "删除失败，稿件仍在原处：", "Not deleted; the draft is where it was: ";
    RestoredFromTrash => "已恢复“{name}”。", "“{name}” is back.";
    RestoreFromTrashFailed => "未能恢复，稿件仍在回收站中：", "Not restored; the draft is still in the trash: ";
    TrashGone => "未能恢复：回收站中已没有这份稿件（可能已在另一窗口中恢复或清理）。", "Not restored: the draft is no longer in the trash (another window may have restored or purged it).";
    RestoreGone => "这个历史版本已不存在（可能已在另一窗口中清理），稿件未作任何改动。", "This version no longer exists (another window may have pruned it); the draft is unchanged.";
    RestoreFailed => "恢复失败，稿件未作任何改动：", "Not restored; the draft is unchanged: ";
    ExportMetaFailed => "备份文件已下载，但未能记下这次导出的时间：", "The backup file was saved, but the time of this export could not be kept: ";
    Exported => "已导出 {n} 份稿件。", "{n} drafts exported.";
    ExportReminder => "稿件有修改，但已超过 7 天没有导出备份。浏览器存储可能被清除，请导出备份文件。", "Drafts have changed and have not been exported for 7 days. Browser storage can be cleared: export a backup file.";
    IeTooLarge => "文件太大（{n} MB），备份文件不超过 20 MB。", "The file is too large ({n} MB); backups are at most 20 MB.";
    IeNotJson => "不是有效的备份文件：内容不是完整的 JSON，可能已损坏或被截断。", "Not a valid backup: the content is not complete JSON; it may be damaged or cut short.";
    IeWrongFormat => "不是对照的备份文件（格式为“{s}”）。", "Not a duizhao backup file (format “{s}”).";
    IeNewer => "这个备份文件由更新版本的对照导出（版本 {n}），请使用新版本导入。", "This backup was written by a newer duizhao (version {n}); import it with the newer version.";
    IeMissing => "备份文件缺少必需的字段“{s}”。", "The backup lacks the required field “{s}”.";
    IeInvalid => "备份文件内容有误：{s}", "The backup is malformed: {s}";
    IeEmpty => "备份文件中没有稿件。", "The backup holds no draft.";
    LeftOutHeading => "以下内容无法导入，其余照常导入：", "These cannot be imported; everything else imports as usual:";
    LeftOutAfter => "未导入：", " Not imported: ";
    LeftOutNothing => "文件中没有可以导入的稿件或检查清单：", "Nothing in the file can be imported: ";
    LeftOutLine => "{what}：{why}。", "{what}: {why}.";
    LoDraft => "稿件“{name}”", "the draft “{name}”";
    LoDraftAt => "第{n}份稿件", "draft no. {n}";
    LoChecklist => "检查清单“{name}”", "the checklist “{name}”";
    LoChecklistAt => "第{n}份检查清单", "checklist no. {n}";
    LoRecord => "稿件“{name}”的{kind}", "the {kind} of the draft “{name}”";
    LoRecordAt => "第{n}份{kind}", "{kind} no. {n}";
    RecKindLedger => "整改台账", "rectification ledger";
    RecKindOpinions => "征求意见记录", "record of opinions";
    RecKindTalks => "谈心谈话记录", "record of talks";
    RecKindCriticism => "批评与自我批评记录", "record of criticism";
    WhyMissing => "缺少必需的字段“{s}”", "it lacks the required field “{s}”";
    WhySameId => "与文件中前面一份的编号相同，已导入前面那份", "it has the same id as one before it in the file, which is imported";
    WhyUnreadable => "内容有误，无法读取（{s}）", "it cannot be read ({s})";
    WhyNoDraft => "文件中没有它所属的稿件", "the file holds no draft it belongs to";
    WhyDraftLeftOut => "它所属的稿件无法导入", "the draft it belongs to cannot be imported";
    WhyTwice => "同一份稿件有两份，已导入第一份", "its draft has two in the file; the first is imported";
    ImportNothingChanged => "本机稿件没有任何改动。", "Nothing in this browser was changed.";
    HistoryHeading => "历史版本", "History";
    HistoryHint => "修改中的稿件每 5 分钟自动保存一个历史版本，导入覆盖、恢复和删除前也会保存。最多保留 30 个。", "A changing draft keeps a history snapshot every 5 minutes, and before an import over it, a restore or a deletion; up to 30 are kept.";
    HistoryEmpty => "还没有历史版本。", "No snapshots yet.";
    ShowVersion => "查看", "View";
    RestoreVersion => "恢复此版本", "Restore this version";
    Restored => "已恢复 {time} 的版本；恢复前的内容已另存为历史版本。", "The version of {time} is restored; what was there before is kept as a snapshot.";
    ConflictMessage => "这份稿件已在另一个窗口或标签页中修改。本窗口暂停自动保存；本窗口未保存的修改已另存为历史版本。", "This draft was changed in another window or tab. Autosave is paused here; this window's unsaved edits are kept as a snapshot.";
    LoadTheirs => "载入最新内容", "Load the latest version";
    KeepMine => "保留本窗口的内容", "Keep this window's version";


}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages_and_placeholders_match() {
        for s in S::ALL {
            let (zh, en) = (s.get(Lang::Zh), s.get(Lang::En));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{s:?}");
            for ph in [
                "{n}", "{total}", "{time}", "{name}", "{s}", "{min}", "{max}", "{what}", "{why}",
                "{kind}",
            ] {
                assert_eq!(zh.contains(ph), en.contains(ph), "{s:?} {ph}");
            }
        }
    }
}

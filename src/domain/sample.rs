//! A complete sample material, written for the app: used by tests, the bench and as
//! the example a user can open to see what a finished draft looks like.

use super::checklist::Checklist;
use super::draft::{Cause, Deadline, Draft, ItemStatus, LastYearItem, MaterialKind, Measure};

/// (summary, detail) of two problems for each of the six aspects, in order.
const PROBLEMS: [[(&str, &str); 2]; 6] = [
    [
        ("对“两个确立”决定性意义的领悟还停留在表态层面", "今年我在局党组会上3次传达学习有关精神，多是照读文件、表态拥护，结合分管的生态环境执法工作谈具体落实举措不多。例如在部署秸秆禁烧工作时，我更多考虑完成考核指标，从政治高度认识人民群众对蓝天白云期盼的自觉性还不够。"),
        ("对标对表的及时性不够", "上级部署大气污染防治攻坚后，我分管的科室用了近1个月才拿出细化方案，我本人没有第一时间督促推进，存在等上级催办再落实的情况。"),
    ],
    [
        ("学习党的二十大精神系统性不够", "我对党的二十大报告通读了一遍，但原原本本逐章研读不够，全年个人自学笔记仅1万余字，对报告中关于生态文明建设的新论断新要求，理解停留在字面上。"),
        ("运用创新理论解决实际问题的能力不足", "在处理某化工园区环评审批问题时，我习惯于按老办法层层报批，没有主动运用新发展理念统筹发展与保护，导致项目推进拖延2个多月。"),
    ],
    [
        ("贯彻民主集中制有时不够严格", "在研究2022年执法装备采购事项时，我会前与相关科室沟通不充分，会上对不同意见听取不够耐心，决策程序虽然合规，但集体酝酿不够充分。"),
        ("抓落实的闭环意识不强", "年初我牵头部署的5项重点任务，有2项只布置不督办，到第三季度才发现进度滞后，暴露出我重部署、轻督查的问题。"),
    ],
    [
        ("深入基层解决群众急难愁盼问题不够", "今年我到联系乡镇调研6次，多数是听汇报、看现场，与群众面对面交流少。群众反映的某小区餐饮油烟扰民问题，我批转后没有跟踪问效，群众重复投诉3次。"),
        ("服务企业主动性不够", "对辖区中小企业环保政策咨询，我分管的科室仍以被动答复为主，我本人没有推动建立上门服务机制，企业反映办事要跑两三趟。"),
    ],
    [
        ("面对复杂矛盾有畏难情绪", "在查处某企业超标排放问题时，因涉及就业和地方税收，我在处理上有过犹豫，拖了近2周才立案，没有做到敢于较真碰硬。"),
        ("防范化解风险的预见性不强", "今年汛期前，我对尾矿库环境风险排查部署不够细，直到上级督查指出2处隐患后才组织整改，底线思维还不够牢。"),
    ],
    [
        ("履行“一岗双责”不够到位", "我对分管科室同志的日常监督，多停留在年初签责任书、年底听汇报，全年与分管科室负责同志专门谈廉政的只有2次，提醒教育的经常性不够。"),
        ("落实中央八项规定精神还需从严", "今年我参加的调研活动中，有1次基层单位陪同人员偏多，我当场没有制止，事后才提醒，对“四风”隐形变异问题的警惕性不够高。"),
    ],
];

/// A team's material speaks as 班子, an individual's as 我.
fn voice(text: &str, kind: MaterialKind) -> String {
    match kind {
        MaterialKind::Individual => text.to_string(),
        MaterialKind::Team => text.replace("我本人", "班子").replace('我', "班子"),
    }
}

/// A complete material of this kind, with no finding.
pub fn complete(kind: MaterialKind, checklist: &Checklist) -> Draft {
    let mut d = Draft::new("sample", kind, 0.0);
    d.profile.unit = "某市生态环境局党组".into();
    d.profile.person = "王明".into();
    d.profile.post = "党组成员、副局长".into();
    d.intro.study_sessions = 4;
    d.intro.opinions_team = 23;
    d.intro.opinions_person = 9;
    d.intro.talks = 12;
    d.last_year = vec![
        LastYearItem {
            id: "l1".into(),
            problem: "调查研究不够深入".into(),
            measure: "制定年度调研计划，每季度到基层调研不少于2次".into(),
            status: ItemStatus::Done,
            result: "全年到基层调研9次，形成调研报告2篇".into(),
            next_steps: String::new(),
        },
        LastYearItem {
            id: "l2".into(),
            problem: "为群众办实事长效机制不健全".into(),
            measure: "建立群众环境投诉周调度机制".into(),
            status: ItemStatus::Ongoing,
            result: "投诉办结率由87%提高到95%".into(),
            next_steps: "因部分老旧小区油烟治理涉及多个部门，尚未全部解决；下一步将推动联合执法，力争明年6月底前完成".into(),
        },
    ];
    for (aspect, problems) in checklist.aspects.iter().zip(PROBLEMS) {
        for (summary, detail) in problems {
            let id = d.add_problem(&aspect.id);
            let p = d.problem_mut(&id).expect("just added");
            p.summary = summary.into();
            p.detail = voice(detail, kind);
        }
    }
    let ids: Vec<String> = d.problems.iter().map(|p| p.id.clone()).collect();
    let dims = checklist.dimensions(kind);
    let cause_texts = [
        ("理论学习没有做到入脑入心", "我把理论学习当作软任务，满足于读文件、听辅导，没有真正沉下心来研读原著，导致理想信念的“总开关”拧得不够紧，面对具体工作时不能自觉从政治上看问题。"),
        ("党性锻炼有所放松", "随着工作年限增长，我不自觉地放松了党性修养，认为只要把业务抓好就行，对照党章党规检视自身不够经常，政治敏锐性有所弱化。"),
        ("宗旨意识树得不够牢", "我对“为了谁、依靠谁”的认识停留在口头上，习惯于坐在办公室听汇报、批文件，同群众的感情不够深，没有把群众满意作为工作的根本标准。"),
    ];
    for (n, (summary, text)) in cause_texts.into_iter().enumerate() {
        let linked: Vec<String> = ids.iter().skip(n).step_by(3).cloned().collect();
        d.causes.push(Cause {
            id: format!("c{n}"),
            dimension: dims[n % dims.len()].id.clone(),
            summary: summary.into(),
            text: voice(text, kind),
            problems: linked,
        });
    }
    let measures = [
        ("坚持不懈加强理论武装", "把学习党的二十大精神作为首要政治任务，每月精读1部原著，每季度结合分管工作撰写1篇学习体会，切实做到学思用贯通、知信行统一。", "长期坚持"),
        ("从严从实抓好责任落实", "对分管领域重点任务建立台账，实行周调度、月通报，做到件件有着落、事事有回音；每季度与分管科室负责同志开展1次廉政谈话。", "2023-06-30"),
        ("用心用情为群众办实事", "每月到联系乡镇蹲点调研不少于1次，对群众投诉实行领导包案、限时办结，确保明年重复投诉下降30%以上。", "立行立改"),
    ];
    for (n, (summary, text, deadline)) in measures.into_iter().enumerate() {
        let linked: Vec<String> = ids.iter().skip(n).step_by(3).cloned().collect();
        d.measures.push(Measure {
            id: format!("m{n}"),
            summary: summary.into(),
            text: text.into(),
            problems: linked,
            deadline: Deadline::from_stored(deadline),
            responsible: "王明".into(),
        });
    }
    d.statement = "我将以这次民主生活会为新的起点，虚心接受同志们的批评意见，照单全收、逐条整改，以实际行动推动各项工作落地见效。".into();
    d
}

/// A large generated draft for the bench: about `target` characters in the problems,
/// causes and measures.
pub fn large(checklist: &Checklist, target: usize) -> Draft {
    let mut d = complete(MaterialKind::Team, checklist);
    let mut n = 0;
    while super::count::chars(&super::render::render(&d, checklist).plain_text()) < target {
        let (summary, detail) = PROBLEMS[n % 6][n % 2];
        let aspect = checklist.aspects[n % checklist.aspects.len()].id.clone();
        let id = d.add_problem(&aspect);
        let p = d.problem_mut(&id).expect("just added");
        p.summary = format!("{summary}（{}）", n + 1);
        p.detail = format!("{detail}{detail}");
        d.causes[n % 3].problems.push(id.clone());
        d.measures[n % 3].problems.push(id);
        n += 1;
    }
    d
}

//! The one table of user-visible UI text. Each entry has a Chinese and an English
//! text; an entry without both does not compile.

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

macro_rules! strings {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A key of the strings table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum S { $($key,)* }

        impl S {
            /// Every key, for tests.
            pub const ALL: &'static [S] = &[$(S::$key,)*];

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((S::$key, Lang::Zh) => $zh, (S::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

strings! {
    AppName => "对照", "duizhao";
    AppTagline => "民主生活会对照检查材料写作助手", "A writing aid for the comparison-and-inspection material";
    LangSwitch => "English", "中文";
    Offline => "全部在本机浏览器中运行，不联网、不上传", "Runs entirely in this browser: nothing is sent anywhere";
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
    SpeechOutline => "标题用“发言提纲”", "Title it 发言提纲 (speech outline)";
    UnitLabel => "单位（党组织）名称", "Unit (Party organisation)";
    UnitHint => "如：中共某县委办公室、某市某局党组", "e.g. the county Party committee office, or the Party group of a city bureau";
    PersonLabel => "姓名", "Name";
    PersonHintTeam => "代表班子作对照检查的主要负责同志", "The principal who speaks for the team";
    PersonHintIndividual => "材料作者本人", "The author of the material";
    PostLabel => "职务", "Post";
    PostHint => "如：党组书记、局长", "e.g. Party group secretary and director";
    YearLabel => "会议年度", "Meeting year";
    YearSuffix => "年度民主生活会", " democratic life meeting";
    TitleLabel => "标题", "Title";
    TitleHint => "留空则使用自动生成的标题：", "Leave empty to use the generated title:";
    PreviewHeading => "预览与打印", "Preview and print";
    PreviewHint => "下面是按公文格式排好的材料，打印或“另存为 PDF”时只输出材料本身。", "Below is the material in the official layout; printing or saving as PDF outputs the material only.";
    Print => "打印 / 存为 PDF", "Print / save as PDF";
    CharCount => "{n} 字", "{n} characters";
    TotalCount => "全文共 {n} 字", "{n} characters in all";
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages_and_placeholders_match() {
        for s in S::ALL {
            let (zh, en) = (s.get(Lang::Zh), s.get(Lang::En));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{s:?}");
            for ph in ["{n}", "{total}", "{time}"] {
                assert_eq!(zh.contains(ph), en.contains(ph), "{s:?} {ph}");
            }
        }
    }
}

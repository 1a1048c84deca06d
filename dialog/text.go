package dialog

// The engine's own sentences, together so they can be read and reviewed as
// text. Facts about the policy are not here: they come from corpus/ (the
// checks, their rules and notes, the metadata), quoted or cited.

const (
	txtUnavailable   = "抱歉，服务暂时不可用，刚才这条消息没有记录下来。请稍后再发一次。"
	txtForgotten     = "已删除我这里保存的关于您的全部记录（自查进度、回答和自查记录）。之后的提问不受影响，需要时可以重新开始 /check。"
	txtNotText       = "抱歉，我只能读文字消息，看不了图片、贴纸、语音或文件。请用文字提问，或发送 /help 查看用法。"
	txtEmpty         = "我没看懂这条消息，请用文字描述。"
	txtCorrectSame   = "您说的这一点，我记的「%s」就是「%s」，没有改动；需要改别的，可以发送 /back。"
	txtGloss         = "要点："
	txtGlossQuote    = "原文："
	txtGlossNear     = "%s写明的是：%s"
	txtDuties        = "本方案各条末尾列明了责任单位。写明「%s」的有%d条："
	txtDutiesShared  = "另外，%s的责任单位写的是「……等州直有关部门」，没有逐一列名；是否包括%s，原文没有写明。"
	txtReadAbout     = "我按「%s」来理解您的问题："
	txtUnasked       = "您还问了：%s。一条消息里的问题太多，这几个我没有回答，请再单独发一次。"
	txtNoLetters     = "我没看懂这条消息。请用文字描述您的问题，例如「大学生创业能贷多少钱」；发送 /help 查看用法。"
	txtMenuHint      = "（要开始自查，输入编号 1–%d 或名称即可。）"
	txtAskUsage      = "请在 /ask 后面写上您的问题，例如：/ask 大学生创业能贷多少钱。也可以直接发送问题。"
	txtNoCheck       = "现在没有进行中的自查。发送 /check 开始一项自查。"
	txtCancelled     = "已退出「%s」自查，您的回答已清除。发送 /check 可以重新开始，或直接提问。"
	txtCancelledMenu = "已取消。发送 /check 可以重新开始，或直接提问。"
	txtUnknownCmd    = "没有这个命令。"
	txtWelcomeHead   = "您好！我是临夏州人才政策助手。"
	txtWelcome       = "我熟悉《%s》（%s），可以：\n• 回答您关于这份政策的问题，并注明出自第几条、引用原文；\n• 带您做资格自查（%s），给出结论、理由和条款依据；\n• 答不了的问题，帮您转人工。"
	txtWelcomeTail   = "直接发送问题即可，例如「大学生创业能贷多少钱」；发送 /check 开始自查，/help 查看全部命令。"
	txtHelpHead      = "使用方法"
	txtHelp          = "直接发送问题，我会在政策原文中查找答案并注明条款。发送「第14条」可以查看该条全文。"
	txtHelpCommands  = "/check 资格自查\n/ask 问题 —— 提问（自查中也可以）\n/back 修改上一题\n/cancel 退出自查\n/human 转人工\n/mine 查看我的自查记录\n/forget 删除我保存的您的记录\n/about 关于这份政策文件\n/help 查看本说明"
	txtHuman         = "好的，已为您转人工。%s等责任单位的工作人员会接手；您也可以直接联系各责任单位咨询。"
	txtHumanDeclines = "连续两个问题我都没能在文件里找到答案，已为您转人工：%s等责任单位的工作人员会接手。"
	txtHumanWrong    = "这一题几次都没能识别您的回答，已为您转人工：%s等责任单位的工作人员会接手。"
	txtHumanButton   = "🙋 转人工"
	txtHumanToast    = "已为您转人工。"
	txtHumanAnswers  = "为免您重复说明，工作人员会看到您在本次自查中的回答。"
	txtResume        = "接着刚才的自查："
	txtMenu          = "请选择要做的资格自查（点按钮，或输入编号、名称）："
	txtTryCheck      = "想知道自己是否符合，可以发送 /check %s 做一次自查。"
	txtStartCheck    = "开始「%s」自查"
	// txtCorrectionHeard says back what a correction changed of what was
	// heard, before a check.
	txtCorrectionHeard = "好的，已按您的更正记下："
	// txtStatementHeard says back what a message that asks nothing told.
	txtStatementHeard = "好的，记下了："
	// txtCorrectionNoted answers a correction that says only what was
	// wrong.
	txtCorrectionNoted = "好的，前面说错的那部分我不再采用。请直接告诉我正确的情况，或点下面的按钮开始自查，我会逐项和您核对。"
	txtHeard           = "根据您前面说的，先确认一下："
	txtVagueMore       = "再延的至少1年"
	txtVagueMoreNote   = "您说的%s之后还想再延，不论再延几年，累计都至少%s，按%s判断；如不对，请发送 /back 修改。"
	txtKeptMore        = "按您更正的%s，加上您先前说想再延的%s，合计%s。"
	txtAddedSpan       = "按您补充的%s，加上先前的%s，合计%s。"
	txtForeverNote     = "您说想一直保留：不论多久，累计都超过%s，按%s判断；如不对，请发送 /back 修改。"
	txtHeardThisUnit   = "「%s」是您在现在这个单位离岗的年数：本条写的是「在同一事业单位申请离岗创办企业的期限累计不超过6年」，别的单位以前离岗的年数算不算进来，本方案没有写。"
	txtHeardEither     = "「%s」是从您说的「%s」来的：两种情况在本条里的结论相同，所以按这个确认；如果确切的数您知道，请选「不对」后告诉我。"
	txtHeardSum        = "「%s」是您说的%s加起来：在同一事业单位以前离岗的年数也算在累计里。"
	txtSwitched        = "好的，这次按您现在说的重新开始自查，前面的回答不带过来。"

	txtNotUnderstood  = "抱歉，这个回答我没能识别。"
	txtStillOpen      = "这一题还需要您再回答一下："
	txtSupposed       = "假设「%s」是您说的那样（这只是假设，您上一次自查的结果不变）："
	txtIfEither       = "如果%s是「%s」：%s——%s"
	txtEitherRuleBoth = "%s，两种情况本条都是「%s」，各自的说法如下："
	txtEitherRuleSame = "%s，本条的结论都一样："

	txtTypeChoice  = "%s（直接回复这几个字即可）"
	txtPartOnly    = "「%s」听起来只是其中一段，后来延长的那段还没算进去。请告诉我加起来一共多少年；记不清可以回答「不确定」。"
	txtUnsureNoOpt = "没关系。这一题需要一个确定的回答才能往下判断；可以先问清楚再回来，或发送 /human 转人工。"
	txtWillAsk     = "好的，问清楚了再回复我就行，我先记着上面这些。"
	txtOfferHuman  = "如果这个问题不好回答，可以发送 /human 转人工，由工作人员帮您判断；也可以发送 /cancel 退出自查，或直接提问。"
	txtChoose      = "请点下面的按钮，或输入选项编号（1–%d）或名称。"
	txtYesNoUnsure = "请回答「是」或「否」；拿不准可以回答「不确定」。"
	txtYesNo       = "请回答「是」或「否」。"
	txtNumber      = "请输入 %d 到 %d 之间的整数（单位：%s），例如「%d」或「%s%s」。"
	txtNumberShort = "请输入 %d 到 %d 之间的整数（单位：%s）。"
	txtText        = "请用不超过 %d 个字回答。"
	txtAlsoNoted   = "另外记下了："
	txtConfirm     = "我理解为：%s。对吗？"
	txtConfirmYes  = "对"
	txtConfirmNo   = "不对"
	txtConfirmRedo = "好的，请重新回答："
	txtGuessUnsure = "您说的是「%s」：还不能确定，先按「%s」判断；确认以后可以发送 /back 修改。"
	txtConfirmHelp = "请回答「对」或「不对」，或者直接重新回答上面的问题。"
	txtBackFirst   = "这已经是第一个问题了。"
	txtBackNone    = "现在没有进行中的自查，没有可以修改的回答。发送 /check 开始。"
	txtBack        = "好的，请重新回答上一题："

	txtButtonStale    = "这个按钮已失效。"
	txtButtonStaleMsg = "这个按钮已失效。发送 /check 重新开始自查，或直接提问。"
	txtButtonOld      = "这次自查已经结束了。"
	txtButtonOldMsg   = "这个按钮属于一次已经结束的自查。发送 /check 重新开始，或直接提问。"
	txtButtonDone     = "这一题已经回答过了。"
	txtButtonDoneMsg  = "这一题已经回答过了；如需修改，请发送 /back。"

	txtCorrected      = "好的，「%s」按您刚才说的改过来："
	txtPartCorrected  = "好的，按您刚才说的把那一段的年数改过来，再确认一下："
	txtCheckHead      = "「%s」自查"
	txtVerdictHead    = "「%s」自查结果"
	txtBecause        = "依据您的回答："
	txtUndecidable    = "根据您的回答还无法判断："
	txtUnsureOn       = "您对%s回答了「不确定」，这一项取决于它，请先向单位或责任单位确认。"
	txtUnsureVague    = "条件尚不明确，请向责任单位确认。"
	txtChange         = "怎样会改变："
	txtSilent         = "本方案对您的情况未作规定，我不作推测；请向%s咨询。"
	txtClause         = "条款："
	txtOpen           = "注意：%s，由%s认定，这里不作推测。"
	txtNoneApplies    = "根据您的回答，本项自查涉及的条款都不适用于您。"
	txtVerdictNote    = "说明："
	txtVerdictFinal   = "仅供参考，最终由%s审核决定；需要人工帮助请发送 /human。"
	txtVerdictDetails = "每一项的理由、您的回答和条款原文："
	txtVerdictNext    = "发送 /check 可以再做一项自查，或直接提问。"

	// An aside: something the person asked beside the check that the
	// document leaves unsaid.
	txtAsideLine          = "⚪ 您问到的%s：本方案未写明（第%d条）"
	txtAsideUndefinedLine = "❔ 您问到的「%s」：本方案没有界定（第%d条）"
	txtAsideUndefined     = "❔ 无法确定｜您问到的「%s」\n%s没有写明这类人员的认定标准；是否算在内，取决于%s的认定，我不作推测。"
	txtAsideSilent        = "⚪ 本方案未规定｜您问到的%s\n%s没有写明这一点，我不作推测；请向%s咨询。"
	txtAsideUncoveredLine = "⚪ 您问到的「%s」：本方案没有涉及"
	txtAsideStated        = "您还问到的一点，%s写明：\n「%s」"
	txtAsideUncovered     = "⚪ 本方案未规定｜您问到的「%s」\n本方案（这份政策文件）没有涉及这方面的规定，我不作推测；请向相关主管部门或%s咨询。"
)

// The document and the hand-off (the free-question sentences are in
// answer.go, next to the rendering of a finding).
const (
	txtAbout           = "文号：%s\n印发：%s，%s\n依据：%s《%s》（%s）\n结构：%d个部分、%d条，每条注明责任单位\n有效期：%d年，%s至%s"
	txtHandoffFree     = "用户在自由提问中请求人工"
	txtHandoffCheck    = "用户在「%s」自查中请求人工"
	txtHandoffSlot     = "（当前问题：%s）"
	txtHandoffVerdict  = "用户在「%s」自查得出结论后请求人工"
	txtHandoffDeclines = "用户连续两个问题都没有在文件中找到答案"
)

// The share button of a verdict and the summary it sends.
const (
	txtShareButton = "📤 分享自查结果"
	txtShareToast  = "已生成自查摘要，可以转发给经办单位。"
	txtShareHead   = "【临夏州人才政策自查摘要】%s"
	txtShareDay    = "自查日期：%s"
	txtShareBasis  = "依据：《%s》（%s）"
	txtShareFinal  = "以上为根据政策原文的自查参考，最终由%s审核决定。"
)

// The validity notice: in full (the period, and for a reply that quotes
// the document, that the quote is for reference), and in one short line.
const (
	txtLapsedNotice = "⚠️ 有效期提示：本方案（%s）自%s起施行，有效期%d年，已于%s期满，目前已失效。%s现行政策请向责任单位确认。"
	txtQuotedRef    = "以上是原文内容，仅供参考；"
	txtValidNotice  = "有效期提示：本方案（%s）自%s起施行，有效期%d年，至%s止（还有%d天）。"
	txtLapsedShort  = "⚠️ 本方案已于%s失效"
	txtValidShort   = "本方案有效期至%s（还有%d天）"
)

// statusLabel is how a verdict names each status.
var statusLabel = map[status]string{
	met:           "✅ 符合",
	notMet:        "❌ 不符合",
	silent:        "⚪ 本方案未规定",
	indeterminate: "❔ 无法确定",
}

// statusMark and statusWord are the two halves of statusLabel, for a
// verdict's summary lines.
var (
	statusMark = map[status]string{met: "✅", notMet: "❌", silent: "⚪", indeterminate: "❔"}
	statusWord = map[status]string{met: "符合", notMet: "不符合", silent: "本方案未规定", indeterminate: "无法确定"}
)

// Verdict records (/mine).
const (
	txtRecordRef     = "自查编号 %s（到责任单位办理时可出示此编号；发送 /mine 可再次查看，/forget 可删除）"
	txtRecordFailed  = "这次自查的记录暂时没能保存，所以没有自查编号；结论不受影响。"
	txtRecordHead    = "自查编号 %s｜%s｜%s"
	txtRecordAnswers = "您的回答："
	txtMineOff       = "这里不保存自查记录。"
	txtMineFailed    = "抱歉，自查记录暂时读取不了，请稍后再试。"
	txtMineNone      = "目前没有保存您的自查记录（记录会在保存期满后自动删除，/forget 也会删除）。发送 /check 可以做一次自查。"
	txtMineHead      = "您保存着的自查记录（%d条）："
	txtMineTail      = "到责任单位办理时出示自查编号，工作人员可以据此查看同一份记录。发送 /forget 可删除全部记录。"
)

// Staff answers beside a quote.
const (
	txtStaffMark     = "工作人员解答，%s，依据第%d条"
	txtStaffMarkNone = "工作人员解答，%s，本方案未涉及"
	txtStaffDisclaim = "工作人员解答是对原文的说明，不代替原文；以责任单位的解释和办理为准。"
)

// Words that ask for a person. A message that is one of humanExact, or
// contains one of humanWords, calls a person wherever the conversation is.
// They are the engine's own vocabulary, not facts of the policy, so they
// live here rather than in corpus/. 「人工」 alone is exact only: 「人工智能」
// is a subject, not a request.
var (
	humanExact = []string{"人工", "人工吧", "真人", "找人", "客服", "人工服务"}
	humanWords = []string{"转人工", "人工客服", "找人工", "要人工", "接人工", "转接人工", "人工服务", "投诉", "找真人", "真人客服"}
)

// txtSettled: news after a verdict that settles an answer left 「不确定」.
const txtSettled = "您补充了「%s」，按新的回答重新判断："

// txtPutOff notes a put-off read as the answer the check's data gives it.
const txtPutOff = "您说的是「%s」：这次还没有得到同意，按「%s」判断；单位同意以后可以再做一次自查。如不对，请发送 /back 重新回答。"

// txtTotalTaken notes which of several numbers was taken.
const txtTotalTaken = "您说了不止一个数，按您说的总数「%s」判断；如不对，请发送 /back 修改。"

// txtSeveral follows a verdict when the person spoke of more than one
// contest (or the like): the verdict is of the one answered.
const (
	txtNotWithin           = "您说的是「%s」，按第%d名判断；如不对，请发送 /back 重新回答。"
	txtYearsMonths         = "您说的是「%s」，超过了整年，按%d年判断，这样更稳妥；如不对，请发送 /back 重新回答。"
	txtExtendedFrom        = "延长是在头%[1]d%[2]s期满之后才有的，所以把头%[1]d%[2]s加进来。"
	txtEitherSame          = "您说的是「%s」：两种情况在本条里的结论相同，按%d%s判断；如不对，请发送 /back 重新回答。"
	txtExtensionUnnumbered = "您说「%s」，但没说那次延长了几年：累计年数还定不下来，先按「不确定」处理；知道了可以发送 /back 重新回答。"
	txtMoreOnly            = "您说的是还想再延%d年；累计一共多少年，要把以前已经离岗（含已延长）的年数算上，还定不下来，先按「不确定」处理；知道了可以发送 /back 重新回答。"
	txtMoreFromStart       = "您说「%s」：到今天已离岗%d年%d个月，不满一年的按一年算，再加上还想延的%d年，按累计「%d年」判断；如不对，请发送 /back 重新回答。"
	txtLeaveDoubt          = "您说不准以前那段是不是离岗：是离岗的话要算进累计，不是的话不算，累计年数还定不下来，先按「不确定」处理；问清楚后可以发送 /back 重新回答。"
	txtEitherCases         = "您说的是「%s」：两种情况本条的说法不一样，结果里两种都列出来。"
	txtEitherSplit         = "您说的是「%s」：两种情况在本条里的结论不同，先按「不确定」处理。"
)

const (
	txtSeveralNotMet = "按您这次回答的那一项："
	txtSeveralOther  = "您还说到另一项比赛（或另一个人的比赛），那一项的结论要按它的级别和名次另查。"
)

const txtSeveral = "您说到了不止一个人或一件事（例如两个人、两项比赛）：以上结论只针对您这次回答的那一项。另一项的结论可能不同，可以发送 /check %s 再查一次。"

// txtEarlierParts names a leave before and this one's total.
const txtEarlierParts = "以前的%d%s＋这次的%d%s"

// txtEarlierPartsOver names a leave before said as more than whole
// (一年多), counted as the next whole year to judge safely.
const txtEarlierPartsOver = "以前的%d%s多（按%[5]d年算）＋这次的%[3]d%[4]s"

// txtSummed notes spans added up: the parts, then the sum.
const txtEarlierCounts = "以前在同一事业单位离岗的年数，本条写的是也算在累计里（「在同一事业单位申请离岗创办企业的期限累计不超过6年」），所以按合计「%s」判断；如果那次是在别的单位，请发送 /back 告诉我。"

// txtOtherUnit and txtOtherUnitOpen: a leave in another unit, which the
// text's count (在同一事业单位) does not speak of.
const (
	txtOtherUnit     = "您说以前离岗的年数是在别的单位：本条写的是「在同一事业单位申请离岗创办企业的期限累计不超过6年」，别的单位的年数算不算进来，本方案没有写；这里按本单位的「%s」判断。如不对，请发送 /back 修改。"
	txtOtherUnitOpen = "您说以前离岗的年数是在别的单位：本条写的是「在同一事业单位申请离岗创办企业的期限累计不超过6年」，别的单位的年数算不算进来，本方案没有写；这里先按「不确定」判断；在现在这个单位离岗（含这次想离岗）一共几年，可以发送 /back 告诉我。"
)

const txtLeftOut = "在同一事业单位以前离岗的年数，本条写的是也算在累计里（「在同一事业单位申请离岗创办企业的期限累计不超过6年」，没有按项目分开），所以按合计「%s」判断；如不对，请发送 /back 修改。"

const txtSummed = "您说的是%s，按合计「%s」判断；如不对，请发送 /back 修改。"

// txtYearSpan notes calendar years counted as a span.
// txtFallback: a sum and a larger one to fall back on, judged by the larger.
const txtFallback = "您说的是%s万元、不够的话%s万元，按%s万元判断：较大的额度如在上限之内，较小的也在；如不对，请发送 /back 修改。"

const txtYearSpan = "按20%02d年到20%02d年、共%d年计算；如不对，请发送 /back 修改。"

// txtAtLeast notes spans added up from the least of what was said, when
// one of them is not known exactly: the parts, then the least sum.
const txtAtLeast = "有的年数您说不准，按最少的算：%s，至少「%s」，怎么算结论都一样；如不对，请发送 /back 修改。"

// txtSumMore notes spans added up, one of them more than whole: the sum is
// taken as the next number up, which reads the limit safely.
const txtSumMore = "您说的是%s，合计超过%d%s，按%d%s计算，这样判断更稳妥；如不对，请发送 /back 重新回答。"

// txtCalendarSpan notes a leave before told by its dates and the years
// asked now, whose total falls between two numbers of years that give
// different verdicts.
const txtCalendarSpan = "您说的是%s：按日期算，合计在%d年到%d年之间，这两个数的结论不同，先按「不确定」判断；知道确切年数可以发送 /back 重新回答。"

// txtOneAtATime: the person spoke of more than one contest (or other thing
// a check takes one at a time).
const txtOneAtATime = "您说到了不止一个人或一件事（例如两个人、两项比赛）。这次自查一次只查一项：请只按其中一项回答下面的问题；这一项查完，可以再查另一项。"

// txtOtherPerson leads the check started for another person asked about
// right after a verdict.
const txtAnotherItem = "好的，按「%s」把这一项也查一下（前一项的回答不带过来）。"

// txtVerdictAgain answers 「那我到底能报不」 right after a verdict: the
// check's title and its conclusions, one per line.
const txtVerdictAgain = "按您刚才的回答，「%s」自查的结论是：\n%s\n每一项的理由和条款原文见上面的自查结果；发送 /mine 可再次查看。"

const txtOtherPerson = "好的，按「%s」给这一位也查一下（前一位的回答不带过来）。"

// txtMoreThanTotal notes a total of what was and more asked without its
// length: at least one more, whatever it is.
const txtMoreThanTotal = "您说以前合计「%s」，这次还要再离岗：不管这次多久，累计至少「%s」，按这个判断，结论都一样；如不对，请发送 /back 修改。"

// txtAtLeastTotal notes a total said with a part not known exactly, taken
// at its least.
const txtAtLeastTotal = "有的年数您说不准，按您说的合计、取最少的算：至少「%s」，怎么算结论都一样；如不对，请发送 /back 修改。"

// txtYearBeforeDoubt says a count was read with the year before it both
// counted and not (「正式的是四年 前面那年说不上」).
const txtYearBeforeDoubt = "您说的是%d%s，前面那一年算不算还说不上：按%d%s和%d%s两种情况来看。"

// txtTwoPlans says two totals told for two plans are each judged.
const txtTwoPlans = "您说了两种打算：累计%d%s和累计%d%s，下面两种情况分别说明。"

// txtAboutBoth says a count said as about so much is judged at it and one
// more, where the two differ.
const txtAboutBoth = "您说的是大约%d%s，实际可能更多：按%d%s和%d%s两种情况来看。"

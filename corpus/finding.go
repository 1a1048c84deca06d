package corpus

// Finding is what the knowledge base found for a question: the article (or
// the part of the document's own facts) that answers it, with the words it
// rests on. The zero Finding means the document does not answer.
type Finding struct {
	// Article is the number of the answering article, 0 when none does.
	Article int
	// Topic is the id of a Meta topic when the document's own facts
	// (validity, basis, issuer…) answer; empty otherwise.
	Topic string
	// Title is the article's title or the topic's title.
	Title string
	// Quotes are verbatim excerpts of the document, best first.
	Quotes []Excerpt
	// Units are the responsible units of the article.
	Units []string
	// Related lists other articles that also bear on the question.
	Related []int
	// Uncovered names the subject the question asks about that the
	// document does not cover, when that is why nothing was found.
	Uncovered string
	// Missing names what the question asks about that the article does not
	// state (工资, 抵押, 年龄…). When it is set the article is the nearest
	// context, not an answer: the reply says the document does not say.
	Missing []string
	// Asked is the question this finding answers, when a message asked
	// several; empty otherwise.
	Asked string
	// More holds the findings for further questions of a long message,
	// each about another article than this one.
	More []Finding
	// Unasked are the questions of a long message past those answered:
	// the reply names them and asks for them one at a time.
	Unasked []string
	// Staff is an approved staff answer to a question close to this one,
	// shown beside the quotes; nil when there is none.
	Staff *StaffAnswer
	// Duties, when set, answers a question about what a responsible unit
	// is responsible for (「州科技局负责哪几条」): the articles whose units
	// clause names it. Article is then the first of them.
	Duties *Duties
	// Score is the retrieval score of the best match; higher is better. It
	// is comparable only between questions asked of the same index.
	Score float64
}

// Found reports whether the document answers.
func (f Finding) Found() bool { return f.Article > 0 || f.Topic != "" }

// Silent reports that the document touches the question's subject but does
// not state what is asked: the article is context, not an answer.
func (f Finding) Silent() bool { return f.Found() && len(f.Missing) > 0 }

// Excerpt is a verbatim piece of the document. Before and After report
// that the sentence it comes from goes on before or after it.
type Excerpt struct {
	Text          string
	Before, After bool
}

// String renders the excerpt with …… where the sentence was cut.
func (e Excerpt) String() string {
	s := e.Text
	if e.Before {
		s = "……" + s
	}
	if e.After {
		s += "……"
	}
	return s
}

// Duties lists the articles a responsible unit is named in.
type Duties struct {
	Unit string // as the document names it, e.g. 「州科技局」
	// Named are the articles whose units clause names the unit.
	Named []int
	// Shared are the other articles whose units clause ends 「等州直有关
	// 部门」 without naming it: whether they include the unit, the text
	// does not say.
	Shared []int
}

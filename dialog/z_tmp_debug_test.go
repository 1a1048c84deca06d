package dialog

import (
	"fmt"
	"os"
	"testing"
)

func TestZDebug(t *testing.T) {
	e := newEngine(t, nil, nil, lapsedDay)
	b, _ := os.ReadFile("/tmp/l1")
	ch, _ := e.corpus.Check("leave")
	for _, text := range []string{string(b)} {
		n := e.norm(text)
		fmt.Println("norm:", n)
		f := statements(n)
		fmt.Println("facts:", f)
		sl, _ := ch.Slot("unit")
		rd := e.readFacts(ch, sl, answers{}, f)
		fmt.Printf("fills %+v doubts %+v\n", rd.fills, rd.doubts)
		fmt.Println("doubtful:", doubtfulClauses(n))
		s := &Session{}
		e.hear(s, n)
		fmt.Printf("heard %+v\n", s.Heard)
	}
}

package httpserver

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// The answer is written as json.Marshal writes it (fields, order, omitted empties) without escaping
// for HTML, with data copied as gqlgen wrote it instead of scanned again; it says nosniff, so no
// browser reads <, > or & in it as anything but JSON.
func TestAnswerBodyIsWhatJSONMarshalWrites(t *testing.T) {
	errs := gqlerror.List{{Message: "no <deal> & no partner", Extensions: map[string]any{"code": "NOT_FOUND"}}}
	for name, b := range map[string]body{
		"data":                   {Data: json.RawMessage(`{"partner":{"name":"Smith & Sons <EMEA>","tags":["a","b"]}}`)},
		"null data with errors":  {Errors: errs, Data: json.RawMessage(`null`)},
		"errors only":            {Errors: errs},
		"everything":             {Errors: errs, Data: json.RawMessage(`{"n":1}`), Extensions: map[string]any{"cost": 3}},
		"nothing":                {},
		"data and an extensions": {Data: json.RawMessage(`{"n":1}`), Extensions: map[string]any{"limit": "DEPTH"}},
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(b); err != nil {
			t.Fatal(err)
		}
		got, err := encodeBody(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if string(got) != string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want.Bytes())
		}
	}
	w := httptest.NewRecorder()
	writeBody(w, mediaJSON, 200, body{Data: json.RawMessage(`{"name":"<b>"}`)})
	if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Body.String() != `{"data":{"name":"<b>"}}` {
		t.Errorf("answer %q with headers %v", w.Body.String(), w.Header())
	}
}

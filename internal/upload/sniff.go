package upload

import (
	"bytes"
	"mime"
	"net/http"
	"path"
	"strings"
)

// sniffLen is how much of a file the sniffer reads: enough for http.DetectContentType (512) and
// for the first entries of an Office document's ZIP container.
const sniffLen = 4096

// Media types of Office documents, which are ZIP (OOXML) or OLE2 containers that
// http.DetectContentType does not tell apart.
const (
	mediaDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	mediaPPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
	mediaXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	mediaDOC  = "application/msword"
	mediaXLS  = "application/vnd.ms-excel"
	mediaPPT  = "application/vnd.ms-powerpoint"
	mediaText = "text/plain; charset=utf-8"
	mediaMD   = "text/markdown; charset=utf-8"
)

// DefaultAllowed are the media types the enablement library takes: PDF, Office documents,
// images, MP4, ZIP, plain text and Markdown. HTML, SVG-as-XML, scripts and executables are not
// among them: a file served from our origin must never be able to run there.
var DefaultAllowed = []string{
	"application/pdf",
	mediaDOCX, mediaPPTX, mediaXLSX, mediaDOC, mediaXLS, mediaPPT,
	"image/png", "image/jpeg", "image/gif", "image/webp",
	"video/mp4",
	"application/zip",
	mediaText, mediaMD,
}

var ole2Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Sniff names the media type of a file from its first bytes; the name only tells Markdown from
// plain text and one legacy Office format from another, never overrides what the bytes are.
func Sniff(head []byte, name string) string {
	ext := strings.ToLower(path.Ext(name))
	if bytes.HasPrefix(head, ole2Magic) {
		switch ext {
		case ".doc":
			return mediaDOC
		case ".xls":
			return mediaXLS
		case ".ppt":
			return mediaPPT
		}
		return "application/x-ole-storage"
	}
	detected := http.DetectContentType(head)
	base, _, _ := mime.ParseMediaType(detected)
	switch base {
	case "application/zip":
		return sniffZip(head)
	case "text/plain":
		if !strings.Contains(detected, "utf-8") {
			return detected // UTF-16 and the like: not one of ours
		}
		// http.DetectContentType calls an SVG without an XML declaration plain text; an image that
		// can carry script is not text a partner should be handed.
		if t := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\ufeff")); bytes.HasPrefix(t, []byte("<svg")) {
			return "image/svg+xml"
		}
		if ext == ".md" || ext == ".markdown" {
			return mediaMD
		}
		return mediaText
	}
	return detected
}

// sniffZip tells an Office Open XML document from a plain ZIP by the names of the entries at the
// start of the archive (their local file headers).
func sniffZip(head []byte) string {
	for i := 0; i+30 <= len(head); {
		j := bytes.Index(head[i:], []byte("PK\x03\x04"))
		if j < 0 || i+j+30 > len(head) {
			break
		}
		h := head[i+j:]
		nameLen := int(h[26]) | int(h[27])<<8
		if 30+nameLen > len(h) {
			break
		}
		entry := string(h[30 : 30+nameLen])
		switch {
		case strings.HasPrefix(entry, "word/"):
			return mediaDOCX
		case strings.HasPrefix(entry, "ppt/"):
			return mediaPPTX
		case strings.HasPrefix(entry, "xl/"):
			return mediaXLSX
		}
		i += j + 4
	}
	return "application/zip"
}

package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/vigilops/vigil/event"
)

// FileSource reads NDJSON log lines from files in order ("-" is stdin). Each
// message's source is the file name and its line number, so document ids and
// dead letters point back at the line. Blank lines carry nothing and are
// skipped. Acks are not needed and ignored.
type FileSource struct {
	paths   []string
	stdin   io.Reader
	maxLine int

	i    int
	name string
	f    io.Closer
	r    *bufio.Reader
	line int64
}

// NewFileSource reads paths in order; stdin serves "-".
func NewFileSource(paths []string, stdin io.Reader) *FileSource {
	return &FileSource{paths: paths, stdin: stdin, maxLine: 16 << 20}
}

// Fetch returns the next non-blank line, or io.EOF after the last file.
func (s *FileSource) Fetch(ctx context.Context) (Message, error) {
	for {
		if err := ctx.Err(); err != nil {
			return Message{}, err
		}
		if s.r == nil {
			if s.i >= len(s.paths) {
				return Message{}, io.EOF
			}
			if err := s.open(s.paths[s.i]); err != nil {
				return Message{}, err
			}
			s.i++
		}
		b, err := s.r.ReadBytes('\n')
		if len(b) > 0 {
			s.line++
			if len(bytes.TrimSpace(b)) == 0 {
				continue
			}
			if len(b) > s.maxLine {
				b = b[:s.maxLine]
			}
			b = bytes.TrimRight(b, "\r\n")
			return Message{Value: b, Source: event.Source{Topic: s.name, Offset: s.line}}, nil
		}
		if err != nil {
			if err != io.EOF {
				return Message{}, fmt.Errorf("read %s: %w", s.name, err)
			}
			if s.f != nil {
				s.f.Close()
			}
			s.r, s.f = nil, nil
		}
	}
}

func (s *FileSource) open(path string) error {
	s.line = 0
	s.name = path
	if path == "-" {
		s.name = "stdin"
		s.r = bufio.NewReaderSize(s.stdin, 1<<16)
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	s.f = f
	s.r = bufio.NewReaderSize(f, 1<<16)
	return nil
}

// Ack does nothing: files are re-read from the start.
func (s *FileSource) Ack(Message) {}

// Close closes the open file.
func (s *FileSource) Close() error {
	if s.f != nil {
		return s.f.Close()
	}
	return nil
}

// FileDLQ appends dead letters as NDJSON to a writer, one line each, flushed
// before Send returns.
type FileDLQ struct {
	mu sync.Mutex
	w  *bufio.Writer
	c  io.Closer
}

// NewFileDLQ writes to w (closed by Close when it is an io.Closer).
func NewFileDLQ(w io.Writer) *FileDLQ {
	d := &FileDLQ{w: bufio.NewWriter(w)}
	if c, ok := w.(io.Closer); ok {
		d.c = c
	}
	return d
}

// OpenFileDLQ appends to the file at path, creating it.
func OpenFileDLQ(path string) (*FileDLQ, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o640)
	if err != nil {
		return nil, fmt.Errorf("dead-letter file: %w", err)
	}
	return NewFileDLQ(f), nil
}

// Send writes one dead letter.
func (d *FileDLQ) Send(_ context.Context, dl DeadLetter) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	b := dl.AppendJSON(make([]byte, 0, len(dl.Original)+128))
	b = append(b, '\n')
	if _, err := d.w.Write(b); err != nil {
		return err
	}
	return d.w.Flush()
}

// Close flushes and closes the underlying file.
func (d *FileDLQ) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	err := d.w.Flush()
	if d.c != nil {
		if cerr := d.c.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

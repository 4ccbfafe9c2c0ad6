package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"strings"
)

// rawMarker starts the text of the marker cell that stands for a sheet
// part's rows until the archive is written.
const rawMarker = "econtrack-rows-"

// spliceZip is the zip writer handed to excelize: it writes every entry
// through zw, except that a worksheet holding a marker row gets the
// precompressed rows of its part in place of that row.
type spliceZip struct {
	zw    *zip.Writer
	parts map[string]*rawRows // by token
	name  string              // worksheet being captured
	buf   bytes.Buffer
	open  bool
}

// Create starts an entry; worksheets are held until the next entry.
func (z *spliceZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	if len(z.parts) > 0 && strings.HasPrefix(name, "xl/worksheets/") {
		z.name, z.open = name, true
		z.buf.Reset()
		return &z.buf, nil
	}
	return z.zw.Create(name)
}

// AddFS adds the files of fsys.
func (z *spliceZip) AddFS(fsys fs.FS) error {
	if err := z.finish(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// Close writes the last entry and the zip directory.
func (z *spliceZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	return z.zw.Close()
}

// finish writes the worksheet being captured, splicing its rows in.
func (z *spliceZip) finish() error {
	if !z.open {
		return nil
	}
	z.open = false
	data := z.buf.Bytes()
	var part *rawRows
	i := -1
	for _, p := range z.parts {
		if i = bytes.Index(data, []byte(">"+p.token+"<")); i >= 0 {
			part = p
			break
		}
	}
	if part == nil {
		w, err := z.zw.Create(z.name)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	start := bytes.LastIndex(data[:i], []byte("<row "))
	end := bytes.Index(data[i:], []byte("</row>"))
	if start < 0 || end < 0 {
		return fmt.Errorf("%s: malformed marker row", z.name)
	}
	if !part.ended {
		return fmt.Errorf("%s: rows of %s not finished", z.name, part.token)
	}
	if part.err != nil {
		return fmt.Errorf("%s: %w", z.name, part.err)
	}
	prefix, suffix := data[:start], data[i+end+len("</row>"):]
	var pre, suf bytes.Buffer
	if err := deflateTo(&pre, prefix, false); err != nil {
		return err
	}
	if err := deflateTo(&suf, suffix, true); err != nil {
		return err
	}
	crc := crc32.ChecksumIEEE(prefix)
	crc = crc32Combine(crc, part.crc, part.size)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(suffix), int64(len(suffix)))
	w, err := z.zw.CreateRaw(&zip.FileHeader{
		Name:               z.name,
		Method:             zip.Deflate,
		CRC32:              crc,
		CompressedSize64:   uint64(int64(pre.Len()) + part.csize + int64(suf.Len())),
		UncompressedSize64: uint64(int64(len(prefix)) + part.size + int64(len(suffix))),
	})
	if err != nil {
		return err
	}
	if _, err := w.Write(pre.Bytes()); err != nil {
		return err
	}
	if _, err := io.Copy(w, io.NewSectionReader(part.tmp, 0, part.csize)); err != nil {
		return fmt.Errorf("%s: %w", z.name, err)
	}
	_, err = w.Write(suf.Bytes())
	return err
}

// deflateTo compresses p into w, ending with a final block when last and
// with a sync flush (so more deflate data may follow) otherwise.
func deflateTo(w io.Writer, p []byte, last bool) error {
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		return err
	}
	if _, err := fw.Write(p); err != nil {
		return err
	}
	if last {
		return fw.Close()
	}
	return fw.Flush()
}

// crc32Combine returns the CRC-32 (IEEE) of a+b from crc1 of a, crc2 of b
// and the length of b (zlib's crc32_combine).
func crc32Combine(crc1, crc2 uint32, len2 int64) uint32 {
	if len2 <= 0 {
		return crc1
	}
	var even, odd [32]uint32
	odd[0] = crc32.IEEE // the CRC-32 polynomial, reversed
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four zero bits
	for {
		gf2Square(&even, &odd)
		if len2&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
		gf2Square(&odd, &even)
		if len2&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		if len2 >>= 1; len2 == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range 32 {
		square[n] = gf2Times(mat, mat[n])
	}
}

import pytest

from loaders.read import ReadError, read_path, read_text


def test_utf8_bom_dropped_and_hash_stable():
    a = read_text("a.txt", "\ufeffGhana and Türkiye".encode("utf-8"))
    b = read_text("b.txt", "Ghana and Türkiye".encode("utf-8"))
    assert a.text == "Ghana and Türkiye"
    assert a.content_hash == b.content_hash and len(a.content_hash) == 64


def test_utf16_and_cp1252():
    assert read_text("u.txt", "Côte d'Ivoire".encode("utf-16")).text == "Côte d'Ivoire"
    assert read_text("c.txt", "caf\xe9 \x93quoted\x94".encode("latin-1")).text == "café “quoted”"


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary\x00"])
def test_bad_input_raises_readerror(data):
    with pytest.raises(ReadError):
        read_text("x.bin", data)


def test_read_path(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Hello\r\nworld", encoding="utf-8")
    [art] = read_path(p)
    assert art.name == "n.txt" and art.text == "Hello\nworld" and art.path == str(p)
    with pytest.raises(ReadError):
        read_path(tmp_path / "missing.txt")

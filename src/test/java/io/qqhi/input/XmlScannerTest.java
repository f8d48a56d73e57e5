package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The workbook XML reader against documents whose events are worked out by hand from the XML rules. */
class XmlScannerTest {
    /** Every event as text: "<name a=v>", "</name>", "'text'". */
    static List<String> events(byte[] xml, String... attributes) throws IOException {
        XmlScanner x = new XmlScanner("test.xml", xml);
        List<String> out = new ArrayList<>();
        for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
            if (ev == XmlScanner.START) {
                StringBuilder b = new StringBuilder("<" + x.localName());
                for (String a : attributes) if (x.attribute(a) != null) b.append(' ').append(a).append('=').append(x.attribute(a));
                out.add(b + ">");
            } else if (ev == XmlScanner.END) {
                out.add("</" + x.localName() + ">");
            } else {
                out.add("'" + x.text() + "'");
            }
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void elementsAttributesTextAndSelfClosingTags() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- made by hand -->"
                + "<x:sheet xmlns:x=\"urn:x\" x:id='r1'><row r=\"2\"><c r=\"B2\" t=\"s\"/><v>海曙区</v></row></x:sheet>";
        assertEquals(List.of("'\n'", "<sheet id=r1>", "<row r=2>", "<c r=B2 t=s>", "</c>", "<v>", "'海曙区'", "</v>", "</row>", "</sheet>"),
                events(utf8(xml), "id", "r", "t"));
    }

    @Test
    void referencesCdataAndLineEndsAreDecodedAsXmlSays() throws IOException {
        String xml = "<t a=\"x&amp;y&#10;z\tw\">A &lt;&gt; &quot;B&apos; &#x4E2D;&#25991; &#x1F600;<![CDATA[<&raw>]]>\r\nend\rx</t>";
        XmlScanner x = new XmlScanner("t.xml", utf8(xml));
        assertEquals(XmlScanner.START, x.next());
        // attribute values: the reference &#10; stays a line feed; a literal tab becomes a space
        assertEquals("x&y\nz w", x.attribute("a"));
        assertNull(x.attribute("b"));
        assertEquals("A <> \"B' 中文 \uD83D\uDE00<&raw>\nend\nx", x.elementText());
        assertEquals(XmlScanner.EOF, x.next());
    }

    @Test
    void byteOrderMarksAndDeclaredEncodingsAreHonoured() throws IOException {
        String xml = "<t>宁波</t>";
        byte[] utf16 = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(List.of("<t>", "'宁波'", "</t>"), events(utf16));
        byte[] bom8 = utf8("\uFEFF" + xml);
        assertEquals(List.of("<t>", "'宁波'", "</t>"), events(bom8));
        byte[] gb = ("<?xml version='1.0' encoding='GB18030'?>" + xml).getBytes(Charset.forName("GB18030"));
        assertEquals(List.of("<t>", "'宁波'", "</t>"), events(gb));
    }

    @Test
    void malformedPartsAreRefusedWithTheirLine() {
        String[][] cases = {
                {"<a>\n<b></a>", "line 2 column 4", "</a> does not close <b>"},
                {"<a>\n<b>", "line 2", "ends inside <b>"},
                {"<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "line 1", "DOCTYPE"},
                {"<a>&e;</a>", "line 1", "unknown entity &e;"},
                {"<a>&#xZZ;</a>", "line 1", "invalid character reference"},
                {"<a b=c/>", "line 1", "unquoted attribute b"},
                {"<a><b>x<c/></b></a>", "line 1", "<b> holds an element <c>"},
                {"<?xml version='1.0' encoding='NO-SUCH'?><a/>", "", "unknown encoding NO-SUCH"},
        };
        for (String[] c : cases) {
            IOException e = assertThrows(IOException.class, () -> {
                XmlScanner x = new XmlScanner("bad.xml", utf8(c[0]));
                for (int ev = x.next(); ev != XmlScanner.EOF; ev = x.next()) {
                    if (ev == XmlScanner.START && x.localName().equals("b")) x.elementText();
                }
            }, c[0]);
            assertTrue(e.getMessage().startsWith("bad.xml"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains(c[2]), c[0] + " -> " + e.getMessage());
        }
    }
}

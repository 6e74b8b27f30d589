package cn.chainscout.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of a saved page or CSV in whatever encoding it was saved: a BOM first, then strict UTF-8, then a
 * page's own {@code <meta charset>}, else GB18030 (which reads GBK and GB2312, the usual
 * encodings of Chinese sites and of Excel's CSV on Chinese Windows).
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)",
            Pattern.CASE_INSENSITIVE);

    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] bytes, boolean html) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        // bytes that are valid UTF-8 are UTF-8, whatever the page declares: a page re-saved as UTF-8 often
        // keeps its old <meta charset=gb2312>, and real GBK text is practically never valid UTF-8
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // not UTF-8: the page's own declaration, else GB18030
        }
        Charset declared = html ? declared(bytes) : null;
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared);
        }
        return new Decoded(new String(bytes, GB18030), GB18030);
    }

    // the meta tag sits in the first bytes and is ASCII in every encoding a page can declare
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
            return GB18030; // pages labelled gb2312 routinely hold GBK characters; GB18030 reads both
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private TextDecoder() {
    }
}

package org.linli.disclosure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.linli.shared.Refusal;

/**
 * A file attached to a posting: a PDF, a photo or scan (JPEG, PNG, WebP), or a table (Excel
 * .xlsx, or .csv text). Its type is decided by its content, never by its name or the type the
 * browser claims: a PDF starts with {@code %PDF-}, an .xlsx is a ZIP holding a workbook, a .csv
 * is UTF-8 (or GB 18030) text without control bytes.
 */
public record Upload(String filename, byte[] data) {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The content type the bytes show, or null when they are none of the accepted kinds. */
    public String sniffedType() {
        byte[] d = data;
        if (starts(d, "%PDF-")) {
            return "application/pdf";
        }
        if (d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 12 && starts(d, "RIFF") && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
            return "image/webp";
        }
        if (starts(d, "PK\u0003\u0004") && workbook(d)) {
            return XLSX;
        }
        if (filename.toLowerCase(Locale.ROOT).endsWith(".csv") && text(d)) {
            return "text/csv";
        }
        return null;
    }

    /** Whether a browser may show it in place (PDF and images) rather than download it. */
    public static boolean inline(String contentType) {
        return contentType.equals("application/pdf") || contentType.startsWith("image/");
    }

    /** Refuses files that cannot be attached: too many, too large, or of a kind not accepted. */
    public static void check(List<Upload> files) {
        if (files.size() > MAX_FILES) {
            throw Refusal.ofField("files", "disclosure.files.too-many", MAX_FILES, files.size());
        }
        for (Upload f : files) {
            if (f.data().length > MAX_BYTES) {
                throw Refusal.ofField("files", "disclosure.files.too-large", f.filename(), MAX_BYTES / 1024 / 1024);
            }
            if (f.sniffedType() == null) {
                throw Refusal.ofField("files", "disclosure.files.kind", f.filename());
            }
        }
    }

    private static boolean starts(byte[] d, String magic) {
        if (d.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (d[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An Office Open XML workbook: a ZIP whose entries include the workbook part. */
    private static boolean workbook(byte[] d) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(d))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/workbook.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Text a spreadsheet opens as a table: decodable as UTF-8 or GB 18030, without NUL or other control bytes. */
    private static boolean text(byte[] d) {
        for (byte b : d) {
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return decodes(d, StandardCharsets.UTF_8) || decodes(d, java.nio.charset.Charset.forName("GB18030"));
    }

    private static boolean decodes(byte[] d, java.nio.charset.Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(d));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

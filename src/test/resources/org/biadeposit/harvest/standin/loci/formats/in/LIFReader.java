// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
// Without a fixture it parses the file's XML header as Bio-Formats does (a default JAXP parser with no error
// handler of its own, which prints "[Fatal Error]" lines on stderr for a damaged header) and reads nothing more.
package loci.formats.in;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import loci.formats.FormatException;

public class LIFReader extends VendorReader {
	public LIFReader() {
		super("Leica Image File Format", "lif");
	}

	@Override
	protected void initFile(Path file) throws FormatException {
		byte[] xml;
		try {
			byte[] head = new byte[13];
			try (java.io.InputStream in = Files.newInputStream(file)) {
				if (in.readNBytes(head, 0, 13) < 13) throw new FormatException("not a LIF file");
				ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
				if (b.getInt(0) != 0x70 || head[8] != 0x2a) throw new FormatException("not a LIF file");
				int chars = b.getInt(9);
				xml = in.readNBytes(Math.max(0, Math.min(chars, 1 << 24)) * 2);
			}
		}
		catch (IOException e) {
			throw new FormatException("cannot read: " + e.getMessage());
		}
		try {
			String text = new String(xml, StandardCharsets.UTF_16LE);
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(
				StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new FormatException("Failed to parse XML: " + e.getMessage());
		}
		super.initFile(file);
	}
}

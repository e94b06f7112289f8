package org.biadeposit.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/**
 * Phase (a), the floor: a bare, single-threaded Java loop over every file of the tree. For an OME-TIFF it opens the
 * file, reads the TIFF header and the first IFD's ImageDescription bytes, and parses them with the JDK's
 * {@link DocumentBuilder} (namespace-aware, one builder reused); for a companion {@code .ome} file it reads the
 * file and parses it the same way. Nothing else: no OME model, no mapping, no cache, no output. Its own minimal
 * TIFF reader (TIFF and BigTIFF, either byte order) shares no code with the harvest.
 */
final class FloorLoop {

	private static final int IMAGE_DESCRIPTION = 270;

	private final DocumentBuilder builder;
	int files, parsed, elements;

	FloorLoop() throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		builder = f.newDocumentBuilder();
	}

	/** One pass over the tree; the walk is part of the loop (the harvest walks too). */
	void run(Path tree) throws Exception {
		try (Stream<Path> walk = Files.walk(tree)) {
			Iterator<Path> it = walk.iterator();
			while (it.hasNext()) {
				Path p = it.next();
				String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
				byte[] xml;
				if (!reads(name)) continue;
				if (name.endsWith(".ome.tif") || name.endsWith(".ome.tiff")) {
					try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
						xml = imageDescription(ch);
					}
				}
				else if (name.endsWith(".ome") || name.endsWith(".ome.xml")) {
					xml = Files.readAllBytes(p);
				}
				else {
					continue;
				}
				files++;
				if (xml == null) continue;
				builder.reset();
				Document doc = builder.parse(new ByteArrayInputStream(xml));
				elements += doc.getDocumentElement().getChildNodes().getLength();
				parsed++;
			}
		}
	}

	/** The files the floor opens: OME-TIFFs and OME-XML (companion) files; the rest of the tree it walks past. */
	static boolean reads(String lowerCaseName) {
		return lowerCaseName.endsWith(".ome.tif") || lowerCaseName.endsWith(".ome.tiff") || lowerCaseName.endsWith(
			".ome") || lowerCaseName.endsWith(".ome.xml");
	}

	/** How many files of the tree the floor opens. */
	static int countRead(Path tree) throws IOException {
		try (Stream<Path> s = Files.walk(tree)) {
			return (int) s.filter(p -> Files.isRegularFile(p) && reads(p.getFileName().toString().toLowerCase(
				Locale.ROOT))).count();
		}
	}

	/** The first IFD's ImageDescription, trailing NULs dropped; null when there is none. */
	static byte[] imageDescription(FileChannel ch) throws IOException {
		ByteBuffer h = readAt(ch, 0, 16);
		ByteOrder order = h.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		h.order(order);
		boolean big = h.getShort(2) == 43;
		long ifd = big ? h.getLong(8) : Integer.toUnsignedLong(h.getInt(4));
		int countSize = big ? 8 : 2, entrySize = big ? 20 : 12, inline = big ? 8 : 4;
		ByteBuffer c = readAt(ch, ifd, countSize).order(order);
		int n = (int) (big ? c.getLong(0) : Short.toUnsignedInt(c.getShort(0)));
		ByteBuffer e = readAt(ch, ifd + countSize, n * entrySize).order(order);
		for (int i = 0; i < n; i++) {
			int p = i * entrySize;
			if (Short.toUnsignedInt(e.getShort(p)) != IMAGE_DESCRIPTION) continue;
			long count = big ? e.getLong(p + 4) : Integer.toUnsignedLong(e.getInt(p + 4));
			int valuePos = p + (big ? 12 : 8);
			byte[] bytes = new byte[(int) count];
			if (count <= inline) {
				e.get(valuePos, bytes);
			}
			else {
				long offset = big ? e.getLong(valuePos) : Integer.toUnsignedLong(e.getInt(valuePos));
				readAt(ch, offset, (int) count).get(bytes);
			}
			int end = bytes.length;
			while (end > 0 && bytes[end - 1] == 0) end--;
			return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
		}
		return null;
	}

	private static ByteBuffer readAt(FileChannel ch, long offset, int size) throws IOException {
		ByteBuffer buf = ByteBuffer.allocate(size);
		while (buf.hasRemaining()) {
			if (ch.read(buf, offset + buf.position()) < 0) throw new IOException("unexpected end of file");
		}
		return buf.flip();
	}
}

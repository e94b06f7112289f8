/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.harvest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the records of a study's files do not share with the records of the file before (a series name, an
 * acquisition date), held packed for files read alone: a study whose every file has a name and a date of its own would
 * otherwise hold a record per file to the end of its validation (about 250 bytes a file with its two strings, so that
 * 2.4 million such files would not fit in 512 MiB); here about 45. Each record is made again when asked for, from the
 * records it shares everything else with. Written on one thread, then read from any.
 */
final class OwnParts {

	/** The bytes are held in chunks of this size: growing them never copies what is held. */
	private static final int CHUNK = 1 << 20;

	private final List<byte[]> chunks = new ArrayList<>();
	private byte[] current;
	private int used = CHUNK;

	/**
	 * Whether two lists of records differ only in what {@link #add} keeps (each record's series name and acquisition
	 * date); values are compared as they are, which the files of one study share (their very instances, mostly).
	 */
	static boolean differOnlyInOwn(List<ImageRecord> a, List<ImageRecord> b) {
		if (a.size() != b.size()) return false;
		for (int i = 0; i < a.size(); i++) {
			ImageRecord x = a.get(i), y = b.get(i);
			if (!(Objects.equals(x.file(), y.file()) && x.series() == y.series() && Objects.equals(x.format(), y
				.format()) && Objects.equals(x.sizeX(), y.sizeX()) && Objects.equals(x.sizeY(), y.sizeY()) && Objects
					.equals(x.sizeZ(), y.sizeZ()) && Objects.equals(x.sizeC(), y.sizeC()) && Objects.equals(x.sizeT(), y
						.sizeT()) && Objects.equals(x.pixelType(), y.pixelType()) && Objects.equals(x.physicalSizeX(), y
							.physicalSizeX()) && Objects.equals(x.physicalSizeY(), y.physicalSizeY()) && Objects.equals(x
								.physicalSizeZ(), y.physicalSizeZ()) && Objects.equals(x.timeIncrement(), y.timeIncrement()) &&
				Objects.equals(x.channels(), y.channels()) && Objects.equals(x.objective(), y.objective()) && Objects
					.equals(x.objectives(), y.objectives()) && Objects.equals(x.microscope(), y.microscope()) && Objects
						.equals(x.detectors(), y.detectors()) && Objects.equals(x.imagingMethod(), y.imagingMethod()) &&
				Objects.equals(x.warnings(), y.warnings())))
			{
				return false;
			}
		}
		return true;
	}

	/** Whether two lists of records that {@link #differOnlyInOwn} have the same own parts too. */
	static boolean sameOwn(List<ImageRecord> a, List<ImageRecord> b) {
		for (int i = 0; i < a.size(); i++) {
			if (!Objects.equals(a.get(i).seriesName(), b.get(i).seriesName()) || !Objects.equals(a.get(i)
				.acquisitionDate(), b.get(i).acquisitionDate()))
			{
				return false;
			}
		}
		return true;
	}

	/**
	 * Keeps the records' own parts; returns where, for {@link #records}, or -1 when they are not kept (a text that
	 * UTF-8 would not give back as it is, or too long): the records are then held as they are.
	 */
	int add(List<ImageRecord> records) {
		List<String> values = new ArrayList<>(2 * records.size());
		for (ImageRecord r : records) {
			values.add(r.seriesName());
			values.add(r.acquisitionDate());
		}
		return addValues(values);
	}

	/** The same, from the records' own values: each one's series name, then its date. */
	int addValues(List<String> values) {
		byte[][] texts = new byte[values.size()][];
		int length = 0;
		for (int i = 0; i < texts.length; i++) {
			if ((texts[i] = bytes(values.get(i))) == null) return -1;
		}
		for (byte[] t : texts) length += 3 + (t.length == 1 && t[0] == NULL_MARK ? 0 : t.length);
		if (length > CHUNK) return -1;
		if (CHUNK - used < length) {
			if (chunks.size() == Integer.MAX_VALUE / CHUNK) return -1;
			chunks.add(current = new byte[CHUNK]);
			used = 0;
		}
		int at = (chunks.size() - 1) * CHUNK + used;
		for (byte[] t : texts) {
			// its length with one added (0: null), in three bytes; then its bytes
			boolean isNull = t.length == 1 && t[0] == NULL_MARK;
			int n = isNull ? 0 : t.length + 1;
			current[used++] = (byte) (n >>> 16);
			current[used++] = (byte) (n >>> 8);
			current[used++] = (byte) n;
			if (isNull) continue;
			System.arraycopy(t, 0, current, used, t.length);
			used += t.length;
		}
		return at;
	}

	/** Stands for null among the texts while they are gathered (no UTF-8 text is this one byte). */
	private static final byte NULL_MARK = (byte) 0xff;

	/** A text's UTF-8 bytes, {@link #NULL_MARK} alone for null; null when UTF-8 would not give the text back. */
	private static byte[] bytes(String s) {
		if (s == null) return new byte[] { NULL_MARK };
		for (int i = 0; i < s.length(); i++) {
			if (Character.isSurrogate(s.charAt(i))) {
				byte[] b = s.getBytes(StandardCharsets.UTF_8);
				return new String(b, StandardCharsets.UTF_8).equals(s) ? b : null;
			}
		}
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** The records {@link #add} kept at {@code at}: these, each with its own parts as kept. */
	List<ImageRecord> records(int at, List<ImageRecord> shared) {
		byte[] chunk = chunks.get(at / CHUNK);
		int[] p = { at % CHUNK };
		List<String> values = new ArrayList<>(2 * shared.size());
		for (int i = 0; i < 2 * shared.size(); i++) values.add(text(chunk, p));
		return withOwn(shared, values);
	}

	/** These records, each with its own series name and date: two values per record, in order. */
	static List<ImageRecord> withOwn(List<ImageRecord> shared, List<String> values) {
		if (values.size() != 2 * shared.size()) {
			throw new IllegalArgumentException(values.size() + " own values for " + shared.size() + " records");
		}
		ImageRecord[] out = new ImageRecord[shared.size()];
		for (int i = 0; i < out.length; i++) {
			ImageRecord r = shared.get(i);
			out[i] = new ImageRecord(r.file(), r.series(), values.get(2 * i), r.format(), r.sizeX(), r.sizeY(), r
				.sizeZ(), r.sizeC(), r.sizeT(), r.pixelType(), r.physicalSizeX(), r.physicalSizeY(), r.physicalSizeZ(), r
					.timeIncrement(), r.channels(), r.objective(), r.objectives(), r.microscope(), r.detectors(), values.get(
						2 * i + 1), r.imagingMethod(), r.warnings());
		}
		return List.of(out);
	}

	/**
	 * The records' own series names and dates as the harvest cache holds them: each a JSON string (as printed) or
	 * null, separated by commas ({@code null,null} for a record that has neither).
	 */
	static String json(List<ImageRecord> records) {
		StringBuilder s = new StringBuilder(64 * records.size());
		for (ImageRecord r : records) {
			if (s.length() > 0) s.append(',');
			org.biadeposit.TerminalText.appendJson(s, r.seriesName());
			s.append(',');
			org.biadeposit.TerminalText.appendJson(s, r.acquisitionDate());
		}
		return s.toString();
	}

	/**
	 * The records without their own parts (null series names and dates): what the files of one set-up share; the
	 * very list when they have none.
	 */
	static List<ImageRecord> shared(List<ImageRecord> records) {
		boolean any = false;
		for (ImageRecord r : records) any |= r.seriesName() != null || r.acquisitionDate() != null;
		return any ? withOwn(records, java.util.Arrays.asList(new String[2 * records.size()])) : records;
	}

	private static String text(byte[] chunk, int[] p) {
		int at = p[0];
		int n = (chunk[at] & 0xff) << 16 | (chunk[at + 1] & 0xff) << 8 | chunk[at + 2] & 0xff;
		p[0] = at + 3 + Math.max(0, n - 1);
		return n == 0 ? null : new String(chunk, at + 3, n - 1, StandardCharsets.UTF_8);
	}
}

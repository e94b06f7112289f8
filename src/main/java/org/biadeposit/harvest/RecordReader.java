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
import java.util.Arrays;
import java.util.List;

/**
 * Reads back the JSON text {@link RecordJson} writes of an image record, as the harvest cache holds it: the keys in
 * their order, each once. Anything else (another order, a key more or less, a value of another kind) is refused
 * with an {@link IllegalArgumentException}, and the caller reads the text with Jackson instead. Reading a cached
 * study's records back with Jackson's reflection was most of a second validate of a study whose every image has
 * records of its own. {@code RecordReaderTest} holds it to Jackson over the test data's records and generated ones.
 * <p>
 * The records of a study mostly differ only in a name and a date. Each thread remembers the text of the record it
 * read last, in three runs of keys (the sizes, the instrument and channels, the method and warnings) with the byte
 * after each run: a run whose bytes are the same again is the same values again, and is neither read nor shared a
 * second time (text that is the same from the same start up to and including the byte after is read the same way, to
 * the same end).
 * </p>
 */
final class RecordReader {

	/** The keys in RecordJson's order, each with what comes before it. */
	private static final byte[] OPEN_FILE = bytes("{\"file\":");
	private static final byte[] SERIES = bytes(",\"series\":");
	private static final byte[] SERIES_NAME = bytes(",\"seriesName\":");
	private static final byte[] FORMAT = bytes(",\"format\":");
	private static final byte[] SIZE_X = bytes(",\"sizeX\":");
	private static final byte[] SIZE_Y = bytes(",\"sizeY\":");
	private static final byte[] SIZE_Z = bytes(",\"sizeZ\":");
	private static final byte[] SIZE_C = bytes(",\"sizeC\":");
	private static final byte[] SIZE_T = bytes(",\"sizeT\":");
	private static final byte[] PIXEL_TYPE = bytes(",\"pixelType\":");
	private static final byte[] PHYSICAL_SIZE_X = bytes(",\"physicalSizeX\":");
	private static final byte[] PHYSICAL_SIZE_Y = bytes(",\"physicalSizeY\":");
	private static final byte[] PHYSICAL_SIZE_Z = bytes(",\"physicalSizeZ\":");
	private static final byte[] TIME_INCREMENT = bytes(",\"timeIncrement\":");
	private static final byte[] CHANNELS = bytes(",\"channels\":[");
	private static final byte[] OPEN_NAME = bytes("{\"name\":");
	private static final byte[] FLUOR = bytes(",\"fluor\":");
	private static final byte[] EXCITATION_WAVELENGTH = bytes(",\"excitationWavelength\":");
	private static final byte[] EMISSION_WAVELENGTH = bytes(",\"emissionWavelength\":");
	private static final byte[] ACQUISITION_MODE = bytes(",\"acquisitionMode\":");
	private static final byte[] CLOSE = bytes("}");
	private static final byte[] ILLUMINATION_TYPE = bytes(",\"illuminationType\":");
	private static final byte[] OBJECTIVE = bytes(",\"objective\":");
	private static final byte[] OBJECTIVES = bytes(",\"objectives\":[");
	private static final byte[] MICROSCOPE = bytes(",\"microscope\":");
	private static final byte[] OPEN_MANUFACTURER = bytes("{\"manufacturer\":");
	private static final byte[] MODEL = bytes(",\"model\":");
	private static final byte[] TYPE = bytes(",\"type\":");
	private static final byte[] DETECTORS = bytes(",\"detectors\":[");
	private static final byte[] ACQUISITION_DATE = bytes(",\"acquisitionDate\":");
	private static final byte[] IMAGING_METHOD = bytes(",\"imagingMethod\":");
	private static final byte[] FBBI_ID = bytes(",\"fbbiId\":");
	private static final byte[] WARNINGS = bytes(",\"warnings\":[");
	private static final byte[] ELEMENT = bytes(",\"element\":");
	private static final byte[] VALUE = bytes(",\"value\":");
	private static final byte[] NOMINAL_MAGNIFICATION = bytes(",\"nominalMagnification\":");
	private static final byte[] LENS_NA = bytes(",\"lensNA\":");
	private static final byte[] IMMERSION = bytes(",\"immersion\":");
	private static final byte[] ACTION = bytes(",\"action\":");
	private static final byte[] COMMA = bytes(",");

	/** The runs of keys remembered: the sizes, the instrument with the channels, the method with the warnings. */
	private static final int SIZES = 0, INSTRUMENT = 1, METHOD = 2, RUNS = 3;

	/** What this thread read last: each run's text with the byte after it, and the record (its values shared). */
	private static final class Last {

		final byte[][] runs = new byte[RUNS][];
		ImageRecord record;
	}

	private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

	private final byte[] b;
	private final int end;
	private int at;
	private final Last last;
	/** Where each run began and ended in this text, and whether it was read (not the same as last time). */
	private final int[] from = new int[RUNS], to = new int[RUNS];
	private final boolean[] read = new boolean[RUNS];

	private RecordReader(byte[] bytes, int from, int to, Last last) {
		this.b = bytes;
		this.at = from;
		this.end = to;
		this.last = last;
	}

	/** The record whose text is the UTF-8 bytes from {@code from} to {@code to}. */
	static ImageRecord read(byte[] bytes, int from, int to) {
		RecordReader r = new RecordReader(bytes, from, to, LAST.get());
		ImageRecord record = r.record();
		if (r.at != r.end) throw r.refused();
		boolean fresh = r.read[SIZES] || r.read[INSTRUMENT] || r.read[METHOD];
		// what it repeats of other records (instrument, channels, sizes) shared with them, as a first harvest's are;
		// runs the same as last time are last time's values, shared then
		ImageRecord shared = fresh ? SharedValues.parts(record) : record;
		for (int run = 0; run < RUNS; run++) {
			// with the byte after the run: the same bytes again then end the run at the same place
			if (r.read[run]) r.last.runs[run] = r.to[run] < r.end ? Arrays.copyOfRange(bytes, r.from[run], r.to[run] +
				1) : null;
		}
		r.last.record = shared;
		return shared;
	}

	/** Whether the run starting here is the same text as last time's (then stepped over); else it is to be read. */
	private boolean same(int run) {
		from[run] = at;
		byte[] before = last.runs[run];
		boolean same = last.record != null && before != null && end - at >= before.length && Arrays.equals(b, at, at +
			before.length, before, 0, before.length);
		if (same) at += before.length - 1;
		read[run] = !same;
		return same;
	}

	/**
	 * The JSON strings and nulls, separated by commas, that the UTF-8 bytes from {@code from} to {@code to} are (a
	 * file's own parts as the harvest cache holds them); refused otherwise.
	 */
	static List<String> values(byte[] bytes, int from, int to) {
		RecordReader r = new RecordReader(bytes, from, to, null);
		List<String> out = new ArrayList<>();
		while (true) {
			out.add(r.isNull() ? null : r.string());
			if (r.at == r.end) return out;
			r.key(COMMA);
		}
	}

	private ImageRecord record() {
		ImageRecord l = last.record;
		String file = text(OPEN_FILE);
		int series = whole(SERIES, false);
		String seriesName = text(SERIES_NAME);
		String format, pixelType;
		Integer x, y, z, c, t;
		Double px, py, pz, increment;
		if (same(SIZES)) {
			format = l.format();
			x = l.sizeX();
			y = l.sizeY();
			z = l.sizeZ();
			c = l.sizeC();
			t = l.sizeT();
			pixelType = l.pixelType();
			px = l.physicalSizeX();
			py = l.physicalSizeY();
			pz = l.physicalSizeZ();
			increment = l.timeIncrement();
		}
		else {
			format = text(FORMAT);
			x = whole(SIZE_X, true);
			y = whole(SIZE_Y, true);
			z = whole(SIZE_Z, true);
			c = whole(SIZE_C, true);
			t = whole(SIZE_T, true);
			pixelType = text(PIXEL_TYPE);
			px = number(PHYSICAL_SIZE_X);
			py = number(PHYSICAL_SIZE_Y);
			pz = number(PHYSICAL_SIZE_Z);
			increment = number(TIME_INCREMENT);
		}
		to[SIZES] = at;
		List<ImageRecord.Channel> channels;
		ImageRecord.Objective objective;
		List<ImageRecord.Objective> objectives;
		ImageRecord.Microscope microscope;
		List<ImageRecord.Detector> detectors;
		if (same(INSTRUMENT)) {
			channels = l.channels();
			objective = l.objective();
			objectives = l.objectives();
			microscope = l.microscope();
			detectors = l.detectors();
		}
		else {
			channels = channels();
			key(OBJECTIVE);
			objective = objective();
			objectives = new ArrayList<>();
			key(OBJECTIVES);
			while (item(objectives.isEmpty())) objectives.add(objective());
			key(MICROSCOPE);
			microscope = null;
			if (!isNull()) {
				microscope = new ImageRecord.Microscope(text(OPEN_MANUFACTURER), text(MODEL), text(TYPE));
				key(CLOSE);
			}
			detectors = new ArrayList<>();
			key(DETECTORS);
			while (item(detectors.isEmpty())) {
				detectors.add(new ImageRecord.Detector(text(OPEN_MANUFACTURER), text(MODEL), text(TYPE)));
				key(CLOSE);
			}
		}
		to[INSTRUMENT] = at;
		String date = text(ACQUISITION_DATE);
		ImageRecord.ImagingMethod method;
		List<ImageRecord.Warning> warnings;
		if (same(METHOD)) {
			method = l.imagingMethod();
			warnings = l.warnings();
		}
		else {
			key(IMAGING_METHOD);
			method = null;
			if (!isNull()) {
				method = new ImageRecord.ImagingMethod(text(OPEN_NAME), text(FBBI_ID));
				key(CLOSE);
			}
			warnings = new ArrayList<>();
			key(WARNINGS);
			while (item(warnings.isEmpty())) {
				warnings.add(new ImageRecord.Warning(text(OPEN_FILE), text(ELEMENT), text(VALUE), text(ACTION)));
				key(CLOSE);
			}
		}
		to[METHOD] = at;
		key(CLOSE);
		return new ImageRecord(file, series, seriesName, format, x, y, z, c, t, pixelType, px, py, pz, increment,
			channels, objective, objectives, microscope, detectors, date, method, warnings);
	}

	private List<ImageRecord.Channel> channels() {
		List<ImageRecord.Channel> channels = new ArrayList<>();
		key(CHANNELS);
		while (item(channels.isEmpty())) {
			channels.add(new ImageRecord.Channel(text(OPEN_NAME), text(FLUOR), number(EXCITATION_WAVELENGTH),
				number(EMISSION_WAVELENGTH), text(ACQUISITION_MODE), text(ILLUMINATION_TYPE), null));
			key(CLOSE);
		}
		return channels;
	}

	private ImageRecord.Objective objective() {
		if (isNull()) return null;
		ImageRecord.Objective o = new ImageRecord.Objective(text(OPEN_MANUFACTURER), text(MODEL), number(
			NOMINAL_MAGNIFICATION), number(LENS_NA), text(IMMERSION));
		key(CLOSE);
		return o;
	}

	/** Whether a list goes on with another item (after a comma, unless it is the first); steps over its end. */
	private boolean item(boolean first) {
		if (at < end && b[at] == ']') {
			at++;
			return false;
		}
		if (!first) key(COMMA);
		return true;
	}

	/** The key (with what comes before it) exactly, or refused. */
	private void key(byte[] expected) {
		int n = expected.length;
		if (end - at < n) throw refused();
		for (int i = 0; i < n; i++) if (b[at + i] != expected[i]) throw refused();
		at += n;
	}

	private static byte[] bytes(String key) {
		return key.getBytes(StandardCharsets.US_ASCII);
	}

	/** Steps over a null, if one is here. */
	private boolean isNull() {
		if (end - at >= 4 && b[at] == 'n' && b[at + 1] == 'u' && b[at + 2] == 'l' && b[at + 3] == 'l') {
			at += 4;
			return true;
		}
		return false;
	}

	private String text(byte[] keyBefore) {
		key(keyBefore);
		return isNull() ? null : string();
	}

	private Integer whole(byte[] keyBefore, boolean nullable) {
		key(keyBefore);
		if (nullable && isNull()) return null;
		int start = at;
		if (at < end && b[at] == '-') at++;
		while (at < end && b[at] >= '0' && b[at] <= '9') at++;
		if (at - start > 11 || at == start) throw refused();
		long v = Long.parseLong(new String(b, start, at - start, StandardCharsets.US_ASCII));
		if (v != (int) v) throw refused();
		return (int) v;
	}

	/** A number as Jackson writes a Double: plain, or NaN and the infinities as strings. */
	private Double number(byte[] keyBefore) {
		key(keyBefore);
		if (isNull()) return null;
		if (at < end && b[at] == '"') {
			String s = string();
			if (!s.equals("NaN") && !s.equals("Infinity") && !s.equals("-Infinity")) throw refused();
			return Double.valueOf(s);
		}
		int start = at;
		while (at < end && (b[at] >= '0' && b[at] <= '9' || b[at] == '-' || b[at] == '.' || b[at] == 'E')) at++;
		if (at == start) throw refused();
		return Double.valueOf(new String(b, start, at - start, StandardCharsets.US_ASCII));
	}

	/** A JSON string, its quotes stepped over. */
	private String string() {
		if (at >= end || b[at] != '"') throw refused();
		int start = ++at;
		while (at < end && b[at] != '"' && b[at] != '\\') at++;
		if (at < end && b[at] == '"') return new String(b, start, at++ - start, StandardCharsets.UTF_8);
		StringBuilder s = new StringBuilder(new String(b, start, at - start, StandardCharsets.UTF_8));
		while (at < end) {
			byte c = b[at];
			if (c == '"') {
				at++;
				return s.toString();
			}
			if (c != '\\') {
				int run = at;
				while (at < end && b[at] != '"' && b[at] != '\\') at++;
				s.append(new String(b, run, at - run, StandardCharsets.UTF_8));
				continue;
			}
			if (end - at < 2) throw refused();
			char e = (char) b[at + 1];
			at += 2;
			switch (e) {
				case '"', '\\', '/' -> s.append(e);
				case 'b' -> s.append('\b');
				case 'f' -> s.append('\f');
				case 'n' -> s.append('\n');
				case 'r' -> s.append('\r');
				case 't' -> s.append('\t');
				case 'u' -> {
					if (end - at < 4) throw refused();
					int v = 0;
					for (int i = 0; i < 4; i++) {
						int d = Character.digit(b[at + i], 16);
						if (d < 0) throw refused();
						v = v * 16 + d;
					}
					s.append((char) v);
					at += 4;
				}
				default -> throw refused();
			}
		}
		throw refused();
	}

	private IllegalArgumentException refused() {
		return new IllegalArgumentException("not a record as RecordJson writes it, at byte " + at);
	}
}

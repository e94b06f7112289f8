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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.MetadataStore;
import ome.xml.model.primitives.Timestamp;

/**
 * What Bio-Formats' OME mapping misses or re-interprets in vendor files, made good from its original-metadata
 * table, per format (the README's format table lists each case):
 * <ul>
 * <li>LIF: objective magnification and NA from the image's {@code ATLConfocalSettingDefinition} (or
 * {@code ATLCameraSettingDefinition}) attributes {@code Magnification} and {@code NumericalAperture}; the date,
 * from the file's UTC time stamps, keeps its zone;</li>
 * <li>CZI: the microscope model from {@code Information|Instrument|Microscope|Name} (else {@code …|System}); the
 * date keeps the zone of {@code Information|Image|AcquisitionDateAndTime};</li>
 * <li>ND2: the acquisition date from {@code TextInfoItem_9} ("dd/mm/yyyy  hh:mm:ss", local time);</li>
 * <li>SPE: the acquisition date from the header's date (offset 20, "22Jul2015") and {@code EXP_TIME_LOCAL}
 * ("094018"), local time.</li>
 * </ul>
 * Axes Bio-Formats re-interprets become record warnings: a LIF dimension it has no axis for (a wavelength sweep)
 * counted along T, an XZ or XT scan reported as XY, and every modulo annotation (Airyscan detector elements as
 * phase steps along T). A single-file format that stores raw pixels gets a warning when the pixel data its header
 * describes would run past the end of the file.
 */
final class VendorMetadata {

	/** LIF dimension ids (Leica's DimID): those Bio-Formats maps to an axis of its own. */
	private static final Set<String> LIF_AXES = Set.of("1", "2", "3", "4", "10");

	private static final Map<String, String> LIF_DIMENSIONS = Map.of("5", "emission-wavelength (lambda) sweep",
		"9", "excitation-wavelength (lambda) sweep", "6", "rotation", "7", "XT slices", "8", "TSlices");

	/** Single-file formats whose pixels are stored uncompressed, so the header says how many bytes they take. */
	private static final Set<String> RAW_PIXELS = Set.of("nd2", "spe", "lif", "dv", "r3d", "mrc", "pic");

	private static final DateTimeFormatter ND2_DATE = DateTimeFormatter.ofPattern("d/M/yyyy  H:mm:ss", Locale.ROOT);
	private static final DateTimeFormatter SPE_DATE = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);
	private static final DateTimeFormatter SPE_TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

	private VendorMetadata() {}

	/** What Bio-Formats found, completed from its original metadata and with its re-interpretations said. */
	static OmeMetadata complete(OmeMetadata found, OriginalMetadata original, Path file) {
		MetadataRetrieve meta = found.metadata();
		String suffix = suffix(file);
		String where = found.primaryFile().toAbsolutePath().normalize().toString();
		Map<Integer, String> dates = new HashMap<>();
		List<OmeMetadata.ImageWarning> warnings = new ArrayList<>();
		MetadataStore store = meta instanceof MetadataStore s ? s : null;
		int images = meta.getImageCount();
		for (int image = 0; image < images; image++) {
			int i = image;
			switch (suffix) {
				case "lif" -> {
					if (store != null) lifObjective(meta, store, original, i);
					Timestamp t = safe(() -> meta.getImageAcquisitionDate(i));
					if (t != null) dates.put(i, t.getValue() + "Z"); // from FILETIME stamps, which are UTC
					lifAxes(meta, original, i, where, warnings);
				}
				case "czi" -> {
					String utc = ImageRecordMapper.utc(original.global("Information|Image|AcquisitionDateAndTime"));
					if (utc != null) dates.put(i, utc);
				}
				case "nd2" -> {
					if (safe(() -> meta.getImageAcquisitionDate(i)) == null) put(dates, i, nd2Date(original));
				}
				case "spe" -> {
					if (safe(() -> meta.getImageAcquisitionDate(i)) == null) put(dates, i, speDate(original, file));
				}
				default -> {
					// Bio-Formats' OME mapping is taken as it is
				}
			}
			moduloAxes(meta, original, i, suffix, where, warnings);
		}
		if (suffix.equals("czi") && store != null) cziMicroscope(meta, store, original);
		if (RAW_PIXELS.contains(suffix) && found.usedFiles().size() <= 1) truncation(meta, file, where, warnings);
		return new OmeMetadata(found.primaryFile(), found.format(), meta, found.usedFiles(), warnings, dates);
	}

	private static void put(Map<Integer, String> dates, int image, String date) {
		if (date != null) dates.put(image, date);
	}

	/** Magnification and NA of the image's objective where Bio-Formats left them out (LAS X files). */
	private static void lifObjective(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original, int i) {
		int[] at = objectiveOf(meta, i);
		if (at == null) return;
		int k = at[0], o = at[1];
		if (meta.getObjectiveNominalMagnification(k, o) == null) {
			Double mag = number(lifSetting(original, i, "Magnification"));
			if (mag != null && mag > 0) store.setObjectiveNominalMagnification(mag, k, o);
		}
		if (meta.getObjectiveLensNA(k, o) == null) {
			Double na = number(lifSetting(original, i, "NumericalAperture"));
			if (na != null && na > 0) store.setObjectiveLensNA(na, k, o);
		}
	}

	private static String lifSetting(OriginalMetadata original, int i, String attribute) {
		String v = original.seriesAttribute(i, "ATLConfocalSettingDefinition", attribute);
		return v != null ? v : original.seriesAttribute(i, "ATLCameraSettingDefinition", attribute);
	}

	/** The instrument and objective indices of the objective an image references, or null. */
	private static int[] objectiveOf(MetadataRetrieve meta, int image) {
		String id = safe(() -> meta.getObjectiveSettingsID(image));
		for (int k = 0; k < meta.getInstrumentCount(); k++) {
			for (int o = 0; o < meta.getObjectiveCount(k); o++) {
				if (id == null ? meta.getInstrumentCount() == 1 && meta.getObjectiveCount(k) == 1 : id.equals(meta
					.getObjectiveID(k, o))) return new int[] { k, o };
			}
		}
		return null;
	}

	/** LIF dimensions Bio-Formats folds into T, and scans with no Y that it reports as XY. */
	private static void lifAxes(MetadataRetrieve meta, OriginalMetadata original, int i, String file,
		List<OmeMetadata.ImageWarning> warnings)
	{
		Map<String, Integer> dims = new HashMap<>();
		for (Map<String, String> d : original.seriesElements(i, "DimensionDescription")) {
			String id = d.get("DimID");
			Double n = number(d.get("NumberOfElements"));
			if (id != null && n != null) dims.put(id, n.intValue());
		}
		String pixels = "OME/Image[" + i + "]/Pixels[0]";
		Integer sizeT = integer(safe(() -> meta.getPixelsSizeT(i)));
		for (Map.Entry<String, Integer> d : dims.entrySet()) {
			if (LIF_AXES.contains(d.getKey()) || d.getValue() < 2) continue;
			String what = LIF_DIMENSIONS.getOrDefault(d.getKey(), "dimension " + d.getKey());
			warnings.add(new OmeMetadata.ImageWarning(i, new ImageRecord.Warning(file, pixels + "/@SizeT", str(sizeT),
				"counts the file's " + what + " of " + d.getValue() + " steps (Leica DimID " + d.getKey() + ") as " +
					"time points: Bio-Formats has no axis for it; the T axis is not (only) time")));
		}
		if (!dims.containsKey("2") && (dims.containsKey("3") || dims.containsKey("4"))) {
			boolean xz = dims.containsKey("3");
			Integer sizeY = integer(safe(() -> meta.getPixelsSizeY(i)));
			warnings.add(new OmeMetadata.ImageWarning(i, new ImageRecord.Warning(file, pixels + "/@SizeY", str(sizeY),
				"is the " + (xz ? "Z" : "T") + " axis: the file is an " + (xz ? "XZ" : "XT") + " scan (no Y " +
					"dimension), which Bio-Formats reports as XY")));
		}
	}

	/** Bio-Formats' modulo annotations: steps of another kind counted along Z, C or T. */
	private static void moduloAxes(MetadataRetrieve meta, OriginalMetadata original, int i, String suffix,
		String file, List<OmeMetadata.ImageWarning> warnings)
	{
		for (OriginalMetadata.Modulo m : original.modulo(i)) {
			String size = switch (m.axis()) {
				case 'Z' -> str(integer(safe(() -> meta.getPixelsSizeZ(i))));
				case 'C' -> str(integer(safe(() -> meta.getPixelsSizeC(i))));
				default -> str(integer(safe(() -> meta.getPixelsSizeT(i))));
			};
			String what = m.length() + " " + m.type() + " steps";
			Double h = number(original.global("Information|Image|SizeH"));
			if (suffix.equals("czi") && m.axis() == 'T' && "phase".equals(m.type()) && h != null && h > 1) {
				what = m.length() + " Airyscan detector elements (the CZI's H dimension, which Bio-Formats calls " +
					"phases)";
			}
			warnings.add(new OmeMetadata.ImageWarning(i, new ImageRecord.Warning(file, "OME/Image[" + i +
				"]/Pixels[0]/@Size" + m.axis(), size, "holds " + what + " along " + m.axis() + " (Bio-Formats' " +
					"modulo annotation): the " + m.axis() + " axis is not only " + axisName(m.axis()))));
		}
	}

	private static String axisName(char axis) {
		return axis == 'Z' ? "focal planes" : axis == 'C' ? "channels" : "time";
	}

	/** The CZI microscope model where Bio-Formats found none: the Microscope's Name, else its System. */
	private static void cziMicroscope(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original) {
		String model = original.global("Information|Instrument|Microscope|Name");
		if (model == null) model = original.global("Information|Instrument|Microscope|System");
		if (model == null) return;
		if (meta.getInstrumentCount() == 0) {
			store.setInstrumentID("Instrument:0", 0);
			for (int i = 0; i < meta.getImageCount(); i++) store.setImageInstrumentRef("Instrument:0", i);
			if (store instanceof ome.xml.meta.OMEXMLMetadata ome) ome.resolveReferences();
		}
		for (int k = 0; k < meta.getInstrumentCount(); k++) {
			int kk = k;
			String given = safe(() -> meta.getMicroscopeModel(kk));
			if (given == null || given.isBlank()) store.setMicroscopeModel(model, k);
		}
	}

	/**
	 * ND2: "18/06/2014  15:55:27" (local time) in the text info, as ISO 8601; else, as Bio-Formats 8.0's ND2 reader
	 * gives it (checked against the real library: it keeps no text info), {@code dTimeAbsolute}, a Julian day in
	 * UTC, as an instant to the second ending in Z.
	 */
	static String nd2Date(OriginalMetadata original) {
		String date = original.global("TextInfoItem_9");
		String iso = nd2Iso(date);
		if (iso != null) return iso;
		for (Map.Entry<String, Object> e : new java.util.TreeMap<>(original.global()).entrySet()) {
			if (e.getKey().contains("TextInfoItem") && (iso = nd2Iso(String.valueOf(e.getValue()))) != null) return iso;
		}
		return julianDay(original.global("dTimeAbsolute"));
	}

	/** The Julian day number 2440587.5 is 1970-01-01T00:00Z. */
	private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;

	/** A Julian day (UTC) as an ISO 8601 instant to the second, or null if it is none (or outside 1900–2200). */
	static String julianDay(String text) {
		if (text == null) return null;
		try {
			double day = Double.parseDouble(text.trim());
			if (!(day > 2415020 && day < 2524594)) return null;
			long seconds = Math.round((day - UNIX_EPOCH_JULIAN_DAY) * 86_400);
			return java.time.Instant.ofEpochSecond(seconds).toString();
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String nd2Iso(String text) {
		if (text == null) return null;
		try {
			return LocalDateTime.parse(text.trim(), ND2_DATE).toString();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** SPE: the header's date (offset 20, "22Jul2015") and local time (EXP_TIME_LOCAL, offset 172, "094018"). */
	static String speDate(OriginalMetadata original, Path file) {
		byte[] header = new byte[180];
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer b = ByteBuffer.wrap(header);
			while (b.hasRemaining() && ch.read(b) > 0) {
				// read the header's first bytes
			}
		}
		catch (IOException e) {
			return null;
		}
		String day = ascii(header, 20, 10);
		String time = original.global("EXP_TIME_LOCAL");
		if (time == null) time = ascii(header, 172, 7);
		try {
			LocalDate d = LocalDate.parse(day, new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
				.append(SPE_DATE).toFormatter(Locale.ENGLISH));
			if (time == null || time.length() != 6) return d.toString();
			return LocalDateTime.of(d, LocalTime.parse(time, SPE_TIME)).toString();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String ascii(byte[] b, int from, int max) {
		int end = from;
		while (end < Math.min(b.length, from + max) && b[end] != 0) end++;
		String s = new String(b, from, end - from, StandardCharsets.US_ASCII).trim();
		return s.isEmpty() ? null : s;
	}

	/** A warning when the pixel data the header describes (uncompressed) would run past the end of the file. */
	private static void truncation(MetadataRetrieve meta, Path file, String where,
		List<OmeMetadata.ImageWarning> warnings)
	{
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException e) {
			return;
		}
		long needed = pixelBytes(meta);
		if (needed > size) {
			warnings.add(new OmeMetadata.ImageWarning(-1, new ImageRecord.Warning(where, "pixel data", String.valueOf(
				needed), "the images the header describes take " + needed + " bytes but the file has only " + size +
					": the file is truncated (an interrupted copy?); copy it again from the original")));
		}
	}

	/** The bytes all images' pixels take uncompressed; 0 when a size or the pixel type is unknown. */
	static long pixelBytes(MetadataRetrieve meta) {
		long total = 0;
		try {
			for (int i = 0; i < meta.getImageCount(); i++) {
				int image = i;
				ome.xml.model.enums.PixelType type = safe(() -> meta.getPixelsType(image));
				long bits = type == null ? 0 : switch (type) {
					case BIT -> 1;
					case INT8, UINT8 -> 8;
					case INT16, UINT16 -> 16;
					case INT32, UINT32, FLOAT -> 32;
					case DOUBLE, COMPLEXFLOAT -> 64;
					case COMPLEXDOUBLE -> 128;
					default -> 0;
				};
				long voxels = 1;
				for (Integer n : List.of(size(meta.getPixelsSizeX(i)), size(meta.getPixelsSizeY(i)), size(meta
					.getPixelsSizeZ(i)), size(meta.getPixelsSizeC(i)), size(meta.getPixelsSizeT(i)))) {
					voxels = Math.multiplyExact(voxels, n);
				}
				if (bits == 0 || voxels == 0) return 0;
				total = Math.addExact(total, Math.multiplyExact(voxels, bits) / 8);
			}
		}
		catch (ArithmeticException e) {
			return Long.MAX_VALUE;
		}
		return total;
	}

	private static int size(ome.xml.model.primitives.PositiveInteger p) {
		return p == null ? 0 : p.getValue();
	}

	private static String suffix(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1);
	}

	private static Double number(String s) {
		if (s == null) return null;
		try {
			double v = Double.parseDouble(s.trim());
			return Double.isFinite(v) ? ImageRecordMapper.round(v) : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer integer(ome.xml.model.primitives.PrimitiveType<Integer> p) {
		return p == null ? null : p.getValue();
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

	private static <T> T safe(java.util.function.Supplier<T> getter) {
		return ImageRecordMapper.safe(getter);
	}
}

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.MetadataStore;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.Pixels;

/**
 * What Bio-Formats' OME mapping misses or re-interprets in vendor files, made good from its original-metadata
 * table, per format (the README's format table lists each case): {@link LifMetadata}, {@link CziMetadata},
 * {@link Nd2Metadata}, {@link SpeMetadata}. For every format read through Bio-Formats:
 * <ul>
 * <li>every modulo annotation (Airyscan detector elements as phase steps along T) becomes a record warning;</li>
 * <li>an image of a format other than OME's whose channels Bio-Formats describes with nothing at all (no name,
 * dye, wavelength, mode: the Channel elements it makes up for every image) has no channels: {@code []}, as the
 * native readers give for a file that describes none (ImageJ TIFF);</li>
 * <li>a single-file format that stores raw pixels gets a warning when the pixel data its header describes would
 * run past the end of the file.</li>
 * </ul>
 * A T axis flagged as not (only) time gets no time increment: the mapper derives none from the planes' DeltaT.
 */
final class VendorMetadata {

	/** Said in every warning about a T axis that is not (only) time; the mapper then gives no time increment. */
	static final String NO_TIME_INCREMENT = "so no timeIncrement is given for it";

	/** Single-file formats whose pixels are stored uncompressed, so the header says how many bytes they take. */
	private static final Set<String> RAW_PIXELS = Set.of("nd2", "spe", "lif", "dv", "r3d", "mrc", "pic");

	private VendorMetadata() {}

	/** What Bio-Formats found, completed from its original metadata and with its re-interpretations said. */
	static OmeMetadata complete(OmeMetadata found, OriginalMetadata original, Path file) {
		MetadataRetrieve meta = found.metadata();
		String suffix = suffix(file);
		String where = found.primaryFile().toAbsolutePath().normalize().toString();
		Map<Integer, String> dates = new HashMap<>();
		List<OmeMetadata.ImageWarning> warnings = new ArrayList<>();
		MetadataStore store = meta instanceof MetadataStore s ? s : null;
		if (store != null && suffix.equals("czi")) CziMetadata.complete(meta, store, original);
		if (store != null && suffix.equals("nd2")) Nd2Metadata.complete(meta, store, original);
		// OME-XML's Channel elements are the file's own, kept as the native readers keep them; others are made up
		boolean ome = found.format() != null && found.format().contains("OME");
		int images = meta.getImageCount();
		for (int image = 0; image < images; image++) {
			int i = image;
			boolean dated = safe(() -> meta.getImageAcquisitionDate(i)) != null;
			String date = switch (suffix) {
				case "lif" -> LifMetadata.complete(meta, store, original, i, where, warnings);
				case "czi" -> CziMetadata.date(original);
				case "nd2" -> dated ? null : Nd2Metadata.date(original);
				case "spe" -> dated ? null : SpeMetadata.date(original, file);
				default -> null; // Bio-Formats' OME mapping is taken as it is
			};
			if (date != null) dates.put(i, date);
			moduloAxes(meta, original, i, suffix, where, warnings);
			if (!ome) dropEmptyChannels(meta, i);
		}
		if (RAW_PIXELS.contains(suffix) && found.usedFiles().size() <= 1) truncation(meta, file, where, warnings);
		return new OmeMetadata(found.primaryFile(), found.format(), meta, found.usedFiles(), warnings, dates);
	}

	/** The microscope model where Bio-Formats found none; an instrument is made for it if the file has none. */
	static void microscopeModel(MetadataRetrieve meta, MetadataStore store, String model) {
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

	/** Removes an image's channels when Bio-Formats says nothing of any of them (SPE: one empty Channel). */
	private static void dropEmptyChannels(MetadataRetrieve meta, int i) {
		int count = meta.getChannelCount(i);
		if (count == 0 || !(meta instanceof OMEXMLMetadataImpl impl) || !(impl.getRoot() instanceof OMEXMLMetadataRoot root)) {
			return;
		}
		for (int c = 0; c < count; c++) {
			int cc = c;
			if (!blank(meta.getChannelName(i, c)) || !blank(meta.getChannelFluor(i, c)) || meta
				.getChannelExcitationWavelength(i, c) != null || meta.getChannelEmissionWavelength(i, c) != null ||
				safe(() -> meta.getChannelAcquisitionMode(i, cc)) != null || safe(() -> meta
					.getChannelIlluminationType(i, cc)) != null || safe(() -> meta.getChannelContrastMethod(i,
						cc)) != null) return;
		}
		Pixels pixels = root.getImage(i).getPixels();
		for (ome.xml.model.Channel c : new ArrayList<>(pixels.copyChannelList())) pixels.removeChannel(c);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
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
					"modulo annotation): the " + m.axis() + " axis is not only " + axisName(m.axis()) + (m.axis() == 'T' ?
					", " + NO_TIME_INCREMENT : ""))));
		}
	}

	private static String axisName(char axis) {
		return axis == 'Z' ? "focal planes" : axis == 'C' ? "channels" : "time";
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

	static Double number(String s) {
		if (s == null) return null;
		try {
			double v = Double.parseDouble(s.trim());
			return Double.isFinite(v) ? ImageRecordMapper.round(v) : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static Integer integer(ome.xml.model.primitives.PrimitiveType<Integer> p) {
		return p == null ? null : p.getValue();
	}

	static String str(Object o) {
		return o == null ? null : o.toString();
	}

	static <T> T safe(java.util.function.Supplier<T> getter) {
		return ImageRecordMapper.safe(getter);
	}

}

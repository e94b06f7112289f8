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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ome.units.UNITS;
import ome.units.quantity.Length;
import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.MetadataStore;
import ome.xml.model.enums.DetectorType;
import ome.xml.model.enums.Immersion;
import ome.xml.model.primitives.Timestamp;

/**
 * Leica LIF (LAS X) files: what Bio-Formats' OME mapping misses, from the flattened XML of each image in its
 * series metadata ({@code "Image #0|ATLConfocalSettingDefinition #0|Magnification"}):
 * <ul>
 * <li>the objective's magnification and NA ({@code Magnification}, {@code NumericalAperture}) and immersion
 * ({@code Immersion}: {@code GLYC} is OME Glycerol, which Bio-Formats 8.0 calls Other);</li>
 * <li>the microscope model ({@code MicroscopeModel}, e.g. DMI6000B-CS);</li>
 * <li>when Bio-Formats gives the instrument no detector: the active one ({@code Detector} with {@code IsActive}
 * 1: its {@code Name} as model, e.g. "HyD 1"), and when the image has one channel and one laser line is checked
 * ({@code LaserLineSetting} with {@code IsLineChecked} 1), that line as the excitation wavelength. Bio-Formats 8.0
 * keeps one element of each name per image in its table (for the test data an inactive PMT and an unchecked line),
 * so that for such files neither is claimed;</li>
 * <li>the date, from the file's UTC time stamps, keeps its zone.</li>
 * </ul>
 * Dimensions Bio-Formats has no axis for (a wavelength sweep) counted along T, and scans with no Y that it reports
 * as XY, become record warnings.
 */
final class LifMetadata {

	/** LIF dimension ids (Leica's DimID): those Bio-Formats maps to an axis of its own. */
	private static final Set<String> LIF_AXES = Set.of("1", "2", "3", "4", "10");

	private static final Map<String, String> LIF_DIMENSIONS = Map.of("5", "emission-wavelength (lambda) sweep",
		"9", "excitation-wavelength (lambda) sweep", "6", "rotation", "7", "XT slices", "8", "TSlices");

	/** Leica's immersion names (the objective's {@code Immersion} attribute) as OME names them. */
	private static final Map<String, Immersion> IMMERSION = Map.of("GLYC", Immersion.GLYCEROL, "OIL", Immersion.OIL,
		"WATER", Immersion.WATER, "W", Immersion.WATER, "DRY", Immersion.AIR, "AIR", Immersion.AIR, "MULTI",
		Immersion.MULTI);

	private LifMetadata() {}

	/** Completes image {@code i} and says how Bio-Formats re-interpreted its axes; returns its date, or null. */
	static String complete(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original, int i, String where,
		List<OmeMetadata.ImageWarning> warnings)
	{
		if (store != null) {
			objective(meta, store, original, i);
			int k = ImageRecordMapper.instrumentOf(meta, i);
			if (k >= 0) {
				String model = setting(original, i, "MicroscopeModel");
				String given = VendorMetadata.safe(() -> meta.getMicroscopeModel(k));
				if (model != null && (given == null || given.isBlank())) store.setMicroscopeModel(model, k);
				if (meta.getDetectorCount(k) == 0) detector(store, original, i, k);
			}
			excitation(meta, store, original, i);
		}
		axes(meta, original, i, where, warnings);
		Timestamp t = VendorMetadata.safe(() -> meta.getImageAcquisitionDate(i));
		return t == null ? null : t.getValue() + "Z"; // from FILETIME stamps, which are UTC
	}

	/** Magnification, NA and immersion of the image's objective where Bio-Formats left them out. */
	private static void objective(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original, int i) {
		int[] at = objectiveOf(meta, i);
		if (at == null) return;
		int k = at[0], o = at[1];
		if (meta.getObjectiveNominalMagnification(k, o) == null) {
			Double mag = VendorMetadata.number(setting(original, i, "Magnification"));
			if (mag != null && mag > 0) store.setObjectiveNominalMagnification(mag, k, o);
		}
		if (meta.getObjectiveLensNA(k, o) == null) {
			Double na = VendorMetadata.number(setting(original, i, "NumericalAperture"));
			if (na != null && na > 0) store.setObjectiveLensNA(na, k, o);
		}
		Immersion given = VendorMetadata.safe(() -> meta.getObjectiveImmersion(k, o));
		String leica = setting(original, i, "Immersion");
		Immersion named = leica == null ? null : IMMERSION.get(leica.trim().toUpperCase(Locale.ROOT));
		if (named != null && (given == null || given == Immersion.OTHER)) store.setObjectiveImmersion(named, k, o);
	}

	private static String setting(OriginalMetadata original, int i, String attribute) {
		String v = original.seriesAttribute(i, "ATLConfocalSettingDefinition", attribute);
		return v != null ? v : original.seriesAttribute(i, "ATLCameraSettingDefinition", attribute);
	}

	/** The detector the image was taken with, when the table keeps it active: model its name, type if OME has it. */
	private static void detector(MetadataStore store, OriginalMetadata original, int i, int k) {
		for (Map<String, String> d : original.seriesElements(i, "Detector")) {
			String name = d.get("Name");
			if (!"1".equals(d.get("IsActive")) || name == null) continue;
			store.setDetectorID("Detector:" + k + ":0", k, 0);
			store.setDetectorModel(name, k, 0);
			String type = d.get("Type") == null ? "" : d.get("Type").trim().toUpperCase(Locale.ROOT);
			store.setDetectorType(type.equals("PMT") ? DetectorType.PMT : type.equals("APD") ? DetectorType.APD :
				DetectorType.OTHER, k, 0);
			return;
		}
	}

	/** The one checked laser line of a one-channel image as its excitation wavelength, where none is given. */
	private static void excitation(MetadataRetrieve meta, MetadataStore store, OriginalMetadata original, int i) {
		if (meta.getChannelCount(i) != 1 || meta.getChannelExcitationWavelength(i, 0) != null) return;
		Double line = null;
		for (Map<String, String> l : original.seriesElements(i, "LaserLineSetting")) {
			if (!"1".equals(l.get("IsLineChecked"))) continue;
			if (line != null) return; // several lines: which one excites the channel is not said
			line = VendorMetadata.number(l.get("LaserLine"));
			if (line == null || line <= 0) return;
		}
		if (line != null) store.setChannelExcitationWavelength(new Length(line, UNITS.NANOMETER), i, 0);
	}

	/** The instrument and objective indices of the objective an image references, or null. */
	private static int[] objectiveOf(MetadataRetrieve meta, int image) {
		String id = VendorMetadata.safe(() -> meta.getObjectiveSettingsID(image));
		for (int k = 0; k < meta.getInstrumentCount(); k++) {
			for (int o = 0; o < meta.getObjectiveCount(k); o++) {
				if (id == null ? meta.getInstrumentCount() == 1 && meta.getObjectiveCount(k) == 1 : id.equals(meta
					.getObjectiveID(k, o))) return new int[] { k, o };
			}
		}
		return null;
	}

	/** LIF dimensions Bio-Formats folds into T, and scans with no Y that it reports as XY. */
	private static void axes(MetadataRetrieve meta, OriginalMetadata original, int i, String file,
		List<OmeMetadata.ImageWarning> warnings)
	{
		Map<String, Integer> dims = new HashMap<>();
		for (Map<String, String> d : original.seriesElements(i, "DimensionDescription")) {
			String id = d.get("DimID");
			Double n = VendorMetadata.number(d.get("NumberOfElements"));
			if (id != null && n != null) dims.put(id, n.intValue());
		}
		String pixels = "OME/Image[" + i + "]/Pixels[0]";
		Integer sizeT = VendorMetadata.integer(VendorMetadata.safe(() -> meta.getPixelsSizeT(i)));
		for (Map.Entry<String, Integer> d : dims.entrySet()) {
			if (LIF_AXES.contains(d.getKey()) || d.getValue() < 2) continue;
			String what = LIF_DIMENSIONS.getOrDefault(d.getKey(), "dimension " + d.getKey());
			warnings.add(new OmeMetadata.ImageWarning(i, new ImageRecord.Warning(file, pixels + "/@SizeT",
				VendorMetadata.str(sizeT), "counts the file's " + what + " of " + d.getValue() + " steps (Leica DimID " +
					d.getKey() + ") as time points: Bio-Formats has no axis for it; the T axis is not (only) time, " +
					VendorMetadata.NO_TIME_INCREMENT)));
		}
		if (!dims.containsKey("2") && (dims.containsKey("3") || dims.containsKey("4"))) {
			boolean xz = dims.containsKey("3");
			Integer sizeY = VendorMetadata.integer(VendorMetadata.safe(() -> meta.getPixelsSizeY(i)));
			warnings.add(new OmeMetadata.ImageWarning(i, new ImageRecord.Warning(file, pixels + "/@SizeY",
				VendorMetadata.str(sizeY), "is the " + (xz ? "Z" : "T") + " axis: the file is an " + (xz ? "XZ" :
					"XT") + " scan (no Y dimension), which Bio-Formats reports as XY")));
		}
	}
}

package org.biadeposit.fiji.wizard;

import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.RecordTable;

/**
 * The Images step's column headers: the harvest's record keys ({@link RecordTable#COLUMNS}) in words, with the units
 * the harvest converts every file to (micrometres, seconds, nanometres).
 */
final class ImageColumns {

	private ImageColumns() {}

	private static final Map<String, String> HUMAN = Map.ofEntries( //
		Map.entry("file", "File"), //
		Map.entry("series", "Series"), //
		Map.entry("seriesName", "Series name"), //
		Map.entry("format", "Format"), //
		Map.entry("sizeX", "Width (px)"), //
		Map.entry("sizeY", "Height (px)"), //
		Map.entry("sizeZ", "Z slices"), //
		Map.entry("sizeC", "Channels"), //
		Map.entry("sizeT", "Time points"), //
		Map.entry("pixelType", "Pixel type"), //
		Map.entry("physicalSizeX", "Pixel width (µm)"), //
		Map.entry("physicalSizeY", "Pixel height (µm)"), //
		Map.entry("physicalSizeZ", "Z step (µm)"), //
		Map.entry("timeIncrement", "Time step (s)"), //
		Map.entry("channels.name", "Channel names"), //
		Map.entry("channels.fluor", "Fluorophores"), //
		Map.entry("channels.excitationWavelength", "Excitation (nm)"), //
		Map.entry("channels.emissionWavelength", "Emission (nm)"), //
		Map.entry("channels.acquisitionMode", "Acquisition mode"), //
		Map.entry("channels.illuminationType", "Illumination"), //
		Map.entry("objective.manufacturer", "Objective maker"), //
		Map.entry("objective.model", "Objective"), //
		Map.entry("objective.nominalMagnification", "Magnification"), //
		Map.entry("objective.lensNA", "NA"), //
		Map.entry("objective.immersion", "Immersion"), //
		Map.entry("microscope.manufacturer", "Microscope maker"), //
		Map.entry("microscope.model", "Microscope"), //
		Map.entry("microscope.type", "Microscope type"), //
		Map.entry("detectors.manufacturer", "Detector maker"), //
		Map.entry("detectors.model", "Detector"), //
		Map.entry("detectors.type", "Detector type"), //
		Map.entry("acquisitionDate", "Acquired"), //
		Map.entry("imagingMethod.name", "Imaging method"), //
		Map.entry("imagingMethod.fbbiId", "FBbi id"), //
		Map.entry("error", "Not readable: why"));

	/** The header of a record key (the key itself when it has no words yet). */
	static String header(String key) {
		return HUMAN.getOrDefault(key, key);
	}

	static List<String> headers(List<String> keys) {
		return keys.stream().map(ImageColumns::header).toList();
	}
}

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

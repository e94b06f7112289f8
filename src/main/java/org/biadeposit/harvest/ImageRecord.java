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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one image (one series of a multi-image file) is, where it is and how it was acquired: everything a REMBI
 * deposition needs from the file itself.
 * <p>
 * Lengths are in micrometres, wavelengths in nanometres, time in seconds, whatever unit the file used. A value the
 * file does not state is {@code null}. The JSON form of this record (its component names, in this order) is the
 * output contract of {@code bia harvest}.
 * </p>
 *
 * @param file the file as given, or relative to the folder given; for a multi-file dataset its metadata file
 * @param series 0-based index of the image within the file
 * @param objective the objective the image was acquired with (the one it references, or the instrument's only one)
 * @param objectives every objective the file lists for the image's instrument, the one the image used first
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "file", "series", "seriesName", "format", "sizeX", "sizeY", "sizeZ", "sizeC", "sizeT",
	"pixelType", "physicalSizeX", "physicalSizeY", "physicalSizeZ", "timeIncrement", "channels", "objective",
	"objectives", "microscope", "detectors", "acquisitionDate", "imagingMethod", "warnings" })
public record ImageRecord(String file, int series, String seriesName, String format, Integer sizeX, Integer sizeY,
	Integer sizeZ, Integer sizeC, Integer sizeT, String pixelType, Double physicalSizeX, Double physicalSizeY,
	Double physicalSizeZ, Double timeIncrement, List<Channel> channels, Objective objective, List<Objective> objectives,
	Microscope microscope, List<Detector> detectors, String acquisitionDate, ImagingMethod imagingMethod,
	List<Warning> warnings)
{

	public ImageRecord {
		channels = channels == null ? List.of() : List.copyOf(channels);
		objectives = objectives == null ? (objective == null ? List.of() : List.of(objective)) : List.copyOf(
			objectives);
		detectors = detectors == null ? List.of() : List.copyOf(detectors);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** A record with nothing to warn about. */
	public ImageRecord(String file, int series, String seriesName, String format, Integer sizeX, Integer sizeY,
		Integer sizeZ, Integer sizeC, Integer sizeT, String pixelType, Double physicalSizeX, Double physicalSizeY,
		Double physicalSizeZ, Double timeIncrement, List<Channel> channels, Objective objective, Microscope microscope,
		List<Detector> detectors, String acquisitionDate, ImagingMethod imagingMethod)
	{
		this(file, series, seriesName, format, sizeX, sizeY, sizeZ, sizeC, sizeT, pixelType, physicalSizeX,
			physicalSizeY, physicalSizeZ, timeIncrement, channels, objective, null, microscope, detectors,
			acquisitionDate, imagingMethod, List.of());
	}

	/** The same record with these warnings added. */
	public ImageRecord withWarnings(List<Warning> more) {
		if (more.isEmpty()) return this;
		List<Warning> all = new java.util.ArrayList<>(warnings);
		all.addAll(more);
		return new ImageRecord(file, series, seriesName, format, sizeX, sizeY, sizeZ, sizeC, sizeT, pixelType,
			physicalSizeX, physicalSizeY, physicalSizeZ, timeIncrement, channels, objective, objectives, microscope,
			detectors, acquisitionDate, imagingMethod, all);
	}

	/** The same record under another file name (used when paths are made relative to a folder). */
	public ImageRecord withFile(String newFile) {
		List<Warning> renamed = warnings.stream().map(w -> java.util.Objects.equals(w.file(), file) ? new Warning(
			newFile, w.element(), w.value(), w.action()) : w).toList();
		return new ImageRecord(newFile, series, seriesName, format, sizeX, sizeY, sizeZ, sizeC, sizeT, pixelType,
			physicalSizeX, physicalSizeY, physicalSizeZ, timeIncrement, channels, objective, objectives, microscope,
			detectors, acquisitionDate, imagingMethod, renamed);
	}

	/** One channel; wavelengths in nanometres. Mode and illumination use the OME enumeration names. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "name", "fluor", "excitationWavelength", "emissionWavelength", "acquisitionMode",
		"illuminationType" })
	public record Channel(String name, String fluor, Double excitationWavelength, Double emissionWavelength,
		String acquisitionMode, String illuminationType, @JsonIgnore String contrastMethod)
	{}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "manufacturer", "model", "nominalMagnification", "lensNA", "immersion" })
	public record Objective(String manufacturer, String model, Double nominalMagnification, Double lensNA,
		String immersion)
	{}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "manufacturer", "model", "type" })
	public record Microscope(String manufacturer, String model, String type) {}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "manufacturer", "model", "type" })
	public record Detector(String manufacturer, String model, String type) {}

	/**
	 * Something the file said that the harvest could not take as it was: a value dropped, a count that disagrees,
	 * an interpretation made. The rest of the record stands.
	 *
	 * @param file the file that said it
	 * @param element where in the file: an OME-XML element path and attribute ({@code OME/Image[0]/Pixels[0]/@SizeC}),
	 *          or a key of the file's own metadata
	 * @param value the value as the file gave it, or null
	 * @param action what the harvest did, in words ("dropped: not a number")
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "file", "element", "value", "action" })
	public record Warning(String file, String element, String value, String action) {

		/** One line for a terminal or a table cell. */
		@Override
		public String toString() {
			return element + (value == null ? "" : " = \"" + value + "\"") + ": " + action;
		}
	}

	/** An imaging method as a term of the FBbi ontology (Biological Imaging Methods). */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "name", "fbbiId" })
	public record ImagingMethod(String name, String fbbiId) {}
}

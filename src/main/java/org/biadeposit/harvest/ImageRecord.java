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
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({ "file", "series", "seriesName", "format", "sizeX", "sizeY", "sizeZ", "sizeC", "sizeT",
	"pixelType", "physicalSizeX", "physicalSizeY", "physicalSizeZ", "timeIncrement", "channels", "objective",
	"microscope", "detectors", "acquisitionDate", "imagingMethod" })
public record ImageRecord(String file, int series, String seriesName, String format, Integer sizeX, Integer sizeY,
	Integer sizeZ, Integer sizeC, Integer sizeT, String pixelType, Double physicalSizeX, Double physicalSizeY,
	Double physicalSizeZ, Double timeIncrement, List<Channel> channels, Objective objective, Microscope microscope,
	List<Detector> detectors, String acquisitionDate, ImagingMethod imagingMethod)
{

	public ImageRecord {
		channels = channels == null ? List.of() : List.copyOf(channels);
		detectors = detectors == null ? List.of() : List.copyOf(detectors);
	}

	/** The same record under another file name (used when paths are made relative to a folder). */
	public ImageRecord withFile(String newFile) {
		return new ImageRecord(newFile, series, seriesName, format, sizeX, sizeY, sizeZ, sizeC, sizeT, pixelType,
			physicalSizeX, physicalSizeY, physicalSizeZ, timeIncrement, channels, objective, microscope, detectors,
			acquisitionDate, imagingMethod);
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

	/** An imaging method as a term of the FBbi ontology (Biological Imaging Methods). */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "name", "fbbiId" })
	public record ImagingMethod(String name, String fbbiId) {}
}

package org.biadeposit.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import ome.units.quantity.Length;
import ome.units.quantity.Time;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

/**
 * OME-Zarr (OME-NGFF 0.1 to 0.5): a folder whose Zarr group attributes ({@code .zattrs} in Zarr v2, {@code zarr.json}
 * in Zarr v3) hold NGFF metadata. Only JSON metadata is read: group attributes and the full-resolution array's
 * {@code .zarray}/{@code zarr.json}, never a chunk.
 * <p>
 * One Image per multiscales image: the store itself, each field of a plate, or each series of a bioformats2raw
 * store. When a bioformats2raw store has {@code OME/METADATA.ome.xml}, that XML is the metadata and NGFF only fills
 * the physical sizes the XML lacks. The whole store folder is one dataset.
 * </p>
 * <p>
 * Over 400 lines because the store layouts (image, plate, bioformats2raw) and the NGFF versions' rules are read in
 * one pass and share the store's messages; JSON reading ({@link ZarrJson}) and units ({@link NgffUnits}) are apart.
 * </p>
 */
@Plugin(type = MetadataReader.class, priority = Priority.NORMAL)
public class OmeZarrReader implements MetadataReader {

	static final String FORMAT = "OME-Zarr";

	private static final String ZATTRS = ".zattrs";
	private static final String ZARR_JSON = "zarr.json";
	private static final String ZARRAY = ".zarray";
	private static final String OME_XML = "OME/METADATA.ome.xml";

	/** Attributes that make a Zarr group an OME-NGFF one. */
	private static final Set<String> NGFF_KEYS = Set.of("multiscales", "plate", "bioformats2raw.layout");

	/** More channels than this in one image are refused: each becomes an entry of the deposition. */
	static final int MAX_CHANNELS = 100_000;

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean accepts(FileProbe file) {
		Path store = storeOf(file.path());
		if (!Files.isDirectory(store)) return false;
		Path name = store.toAbsolutePath().normalize().getFileName();
		if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zarr")) return true;
		for (String metadata : List.of(ZARR_JSON, ZATTRS)) {
			Path attributes = store.resolve(metadata);
			if (!Files.isRegularFile(attributes)) continue;
			try {
				if (holdsNgffKeys(attributes)) return true;
			}
			catch (IOException e) {
				// Broken or unreadable Zarr group metadata: accept, so that read() reports what is wrong with it.
				return true;
			}
		}
		return false;
	}

	@Override
	public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
		ZarrStore store = new ZarrStore(storeOf(file.path()));
		ZarrGroup root = store.group("");
		if (root == null) {
			throw new UnreadableImageException(store.name + " is not an OME-Zarr image: it has neither " + ZATTRS +
				" (Zarr v2) nor " + ZARR_JSON + " (Zarr v3) group metadata");
		}
		OMEXMLMetadataImpl meta;
		if (!root.attributes.has("multiscales") && root.attributes.has("bioformats2raw.layout") && Files
			.isRegularFile(store.resolve(OME_XML)))
		{
			meta = fromOmeXml(store, root);
		}
		else {
			meta = new OMEXMLMetadataImpl();
			List<ImageLocation> images = images(store, root);
			for (int i = 0; i < images.size(); i++) {
				MultiscaleImage.read(store, images.get(i)).describe(meta, i);
			}
		}
		return new OmeMetadata(store.root, format(), meta, List.of(store.root));
	}

	/** The store folder: the probe itself, or the folder of a probed {@code .zattrs}/{@code zarr.json}. */
	private static Path storeOf(Path path) {
		Path name = path.getFileName();
		if (name == null || !(name.toString().equals(ZATTRS) || name.toString().equals(ZARR_JSON)) || !Files
			.isRegularFile(path))
		{
			return path;
		}
		Path parent = path.getParent();
		return parent != null ? parent : path.toAbsolutePath().getParent();
	}

	/**
	 * Whether group metadata holds an NGFF key at its top, under {@code ome} or under {@code attributes(.ome)}. Streams
	 * the file and stops at the first key found, so that a large consolidated {@code zarr.json} costs little.
	 */
	private static boolean holdsNgffKeys(Path file) throws IOException {
		if (MetadataFile.tooLarge(file)) return true; // read() says so
		try (JsonParser p = ZarrJson.JSON.createParser(file.toFile())) {
			return p.nextToken() == JsonToken.START_OBJECT && holdsNgffKeys(p, 0);
		}
	}

	private static boolean holdsNgffKeys(JsonParser p, int depth) throws IOException {
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String key = p.currentName();
			JsonToken value = p.nextToken();
			if (NGFF_KEYS.contains(key)) return true;
			if (value == JsonToken.START_OBJECT && depth < 2 && (key.equals("attributes") || key.equals("ome"))) {
				if (holdsNgffKeys(p, depth + 1)) return true;
			}
			else {
				p.skipChildren();
			}
		}
		return false;
	}

	/** The multiscales images of a store: each field of a plate, each series of a bioformats2raw store, or itself. */
	private static List<ImageLocation> images(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		JsonNode attributes = root.attributes;
		if (attributes.has("plate")) return plateFields(store, root);
		if (attributes.has("multiscales")) return List.of(new ImageLocation("", null, store.name));
		if (attributes.has("bioformats2raw.layout")) return bioformats2rawSeries(store, root);
		if (attributes.has("well")) {
			throw new UnreadableImageException(root.file + " describes one well of a plate, not a whole OME-Zarr " +
				"image: harvest the plate folder that holds this well");
		}
		throw new UnreadableImageException(root.file + " holds no OME-NGFF metadata (no multiscales, plate or " +
			"bioformats2raw.layout attribute): " + store.name + " is a plain Zarr store, not an OME-Zarr image. " +
			"Convert it to OME-Zarr (for example with bioformats2raw or ome-zarr-py) before depositing");
	}

	/** Every field of every well, in the order the plate lists the wells; labels are not listed, so not read. */
	private static List<ImageLocation> plateFields(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		String where = "the plate metadata in " + root.file;
		JsonNode wells = root.attributes.get("plate").get("wells");
		if (wells == null || !wells.isArray() || wells.isEmpty()) {
			throw new UnreadableImageException(where + " lists no wells (\"wells\" is missing or empty)");
		}
		List<ImageLocation> fields = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		for (int w = 0; w < wells.size(); w++) {
			String wellPath = store.relativePath(wells.get(w).get("path"), where + ", well " + w);
			// Each entry must be a group of its own: a repeated one would be read again and again.
			once(listed, wellPath, where + " lists the well");
			ZarrGroup well = store.group(wellPath);
			if (well == null) {
				throw new UnreadableImageException(where + " lists well \"" + wellPath + "\", but the store has no " +
					store.name + "/" + wellPath + "/" + ZATTRS + " or " + ZARR_JSON + ": the well is missing");
			}
			JsonNode images = well.attributes.path("well").get("images");
			if (images == null || !images.isArray()) {
				throw new UnreadableImageException("the well metadata in " + well.file + " lists no fields " +
					"(\"well\".\"images\" is missing)");
			}
			Set<String> wellFields = new HashSet<>();
			for (int f = 0; f < images.size(); f++) {
				String fieldPath = store.relativePath(images.get(f).get("path"), "the well metadata in " + well.file +
					", image " + f);
				once(wellFields, fieldPath, "the well metadata in " + well.file + " lists the image");
				String path = wellPath + "/" + fieldPath;
				fields.add(new ImageLocation(path, path, path));
			}
		}
		if (fields.isEmpty()) {
			throw new UnreadableImageException(where + " lists wells, but none of them lists a field (image)");
		}
		return fields;
	}

	/** Fails on a path listed twice. */
	private static void once(Set<String> listed, String path, String listing) throws UnreadableImageException {
		if (!listed.add(path)) {
			throw new UnreadableImageException(listing + " \"" + path + "\" more than once: list each once");
		}
	}

	/**
	 * The series of a bioformats2raw store: those {@code OME/} lists in its "series" attribute, else the numbered
	 * groups 0, 1, 2… (the layout's rule when "series" is absent).
	 */
	private static List<ImageLocation> bioformats2rawSeries(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		List<ImageLocation> series = new ArrayList<>();
		ZarrGroup ome = store.group("OME");
		JsonNode listed = ome == null ? null : ome.attributes.get("series");
		if (listed != null && listed.isArray()) {
			Set<String> paths = new HashSet<>();
			for (int s = 0; s < listed.size(); s++) {
				String path = store.relativePath(listed.get(s), "the series list in " + ome.file + ", entry " + s);
				once(paths, path, "the series list in " + ome.file + " lists the series");
				series.add(new ImageLocation(path, null, path));
			}
		}
		else {
			for (int s = 0; Files.isDirectory(store.resolve(String.valueOf(s))); s++) {
				series.add(new ImageLocation(String.valueOf(s), null, String.valueOf(s)));
			}
		}
		if (series.isEmpty()) {
			throw new UnreadableImageException(root.file + " declares a bioformats2raw layout, but " + store.name +
				" holds no series: it has no group 0 and no " + OME_XML + ". Copy the whole store");
		}
		return series;
	}

	/**
	 * The metadata of a bioformats2raw store's {@code OME/METADATA.ome.xml}, one Image per series, with the physical
	 * sizes and time increment the XML lacks taken from the series' multiscales (series i is the i-th series or plate
	 * field of the store, the order bioformats2raw writes them in).
	 */
	private static OMEXMLMetadataImpl fromOmeXml(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		Path xmlFile = store.resolve(OME_XML);
		byte[] xml = MetadataFile.read(xmlFile, store.display(xmlFile));
		OMEXMLMetadataImpl meta;
		try {
			meta = OmeXml.parse(xml);
		}
		catch (UnreadableImageException e) {
			// Also for NotThisFormatException: the store is OME-Zarr; it is its OME-XML that is broken.
			throw new UnreadableImageException(store.display(xmlFile) + ": " + e.getMessage(), e);
		}
		if (meta.getImageCount() == 0) {
			throw new UnreadableImageException(store.display(xmlFile) + " describes no image (no <Image> element)");
		}
		List<ImageLocation> images = null;
		for (int i = 0; i < meta.getImageCount(); i++) {
			if (!lacksPhysicalSizes(meta, i)) continue;
			if (images == null) images = images(store, root);
			// An XML that describes more images than the store holds has nothing to fill them from.
			if (i < images.size()) MultiscaleImage.read(store, images.get(i)).fillMissingPhysicalSizes(meta, i);
		}
		return meta;
	}

	private static boolean lacksPhysicalSizes(OMEXMLMetadataImpl meta, int image) {
		return meta.getPixelsPhysicalSizeX(image) == null || meta.getPixelsPhysicalSizeY(image) == null || meta
			.getPixelsPhysicalSizeZ(image) == null || meta.getPixelsTimeIncrement(image) == null;
	}

	/**
	 * Where a multiscales image sits in the store and what to call it.
	 *
	 * @param path the group's path inside the store ("" for the store itself)
	 * @param fixedName the image's name whatever its metadata says (plate fields are named by well and field), or null
	 * @param defaultName the name when the multiscales metadata has none
	 */
	private record ImageLocation(String path, String fixedName, String defaultName) {}

	/** One Zarr group's attributes (the NGFF ones: under "ome" in NGFF 0.5) and the file they came from. */
	private record ZarrGroup(String file, JsonNode attributes) {}

	/** The metadata of one Zarr array: its shape and its pixel type (null when OME has no matching type). */
	private record ZarrArray(String file, long[] shape, PixelType pixelType) {}

	/** One axis of a multiscales image; type and unit are null where the NGFF version has none. */
	private record Axis(String name, String type, String unit) {

		/** NGFF 0.1 and 0.2 images have no axes metadata: they are always 5D, in this order. */
		static final List<Axis> IMPLICIT = List.of(new Axis("t", "time", null), new Axis("c", "channel", null),
			new Axis("z", "space", null), new Axis("y", "space", null), new Axis("x", "space", null));

		/** The OME dimension of this axis ('x', 'y', 'z', 'c' or 't'), or 0 for an axis OME has no place for. */
		char dimension() {
			String n = name.toLowerCase(Locale.ROOT);
			if (n.length() == 1 && "xyzct".contains(n)) return n.charAt(0);
			if ("channel".equals(type)) return 'c';
			if ("time".equals(type)) return 't';
			return 0;
		}
	}

	/** A store folder and how its files are found and named in messages. */
	private static final class ZarrStore {

		final Path root;
		final String name;

		ZarrStore(Path root) {
			this.root = root;
			Path n = root.toAbsolutePath().normalize().getFileName();
			this.name = n == null ? root.toString() : n.toString();
		}

		Path resolve(String path) {
			return path.isEmpty() ? root : root.resolve(path);
		}

		/** A file as named in messages: store name and path inside the store, for example "image.zarr/0/.zarray". */
		String display(Path file) {
			String inside = root.relativize(file).toString().replace('\\', '/');
			return inside.isEmpty() ? name : name + "/" + inside;
		}

		/** A path given in the metadata, checked to stay inside the store. */
		String relativePath(JsonNode value, String where) throws UnreadableImageException {
			if (value == null || !value.isTextual() || value.asText().isBlank()) {
				throw new UnreadableImageException(where + " gives no \"path\"");
			}
			String path = value.asText().trim();
			while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
			if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
				throw new UnreadableImageException(where + " gives the path \"" + value.asText() + "\", which " +
					"leaves the store; paths in OME-Zarr metadata are relative and stay inside the store");
			}
			try {
				root.resolve(path);
			}
			catch (InvalidPathException e) {
				throw new UnreadableImageException(where + " gives the path \"" + value.asText().replaceAll(
					"\\p{Cntrl}", "?") + "\", which is not a name a file can have here");
			}
			return path;
		}

		/** The group at a path (its NGFF attributes), or null when there is no group metadata there. */
		ZarrGroup group(String path) throws IOException, UnreadableImageException {
			Path dir = resolve(path);
			Path v3 = dir.resolve(ZARR_JSON);
			if (Files.isRegularFile(v3)) {
				JsonNode attributes = readObject(v3).path("attributes");
				return new ZarrGroup(display(v3), ngffAttributes(attributes));
			}
			Path v2 = dir.resolve(ZATTRS);
			if (Files.isRegularFile(v2)) return new ZarrGroup(display(v2), ngffAttributes(readObject(v2)));
			return null;
		}

		/** NGFF 0.5 keeps its metadata under "ome"; earlier versions at the top of the attributes. */
		private static JsonNode ngffAttributes(JsonNode attributes) {
			JsonNode ome = attributes.get("ome");
			if (ome != null && ome.isObject()) return ome;
			return attributes.isObject() ? attributes : ZarrJson.JSON.createObjectNode();
		}

		/** The array metadata at a path, or null when the store has none there (the NGFF examples have none). */
		ZarrArray array(String path) throws IOException, UnreadableImageException {
			Path dir = resolve(path);
			Path v3 = dir.resolve(ZARR_JSON);
			if (Files.isRegularFile(v3)) {
				JsonNode array = readObject(v3);
				String file = display(v3);
				if (!"array".equals(array.path("node_type").asText())) {
					throw new UnreadableImageException(file + " is not array metadata (its \"node_type\" is \"" +
						array.path("node_type").asText() + "\", expected \"array\"): the multiscales dataset " +
						"path must name the full-resolution array");
				}
				JsonNode dataType = array.path("data_type");
				if (dataType.isObject()) dataType = dataType.path("name");
				return new ZarrArray(file, shape(array, file), pixelTypeOfZarr3(dataType.asText()));
			}
			Path v2 = dir.resolve(ZARRAY);
			if (Files.isRegularFile(v2)) {
				JsonNode array = readObject(v2);
				String file = display(v2);
				return new ZarrArray(file, shape(array, file), pixelTypeOfNumpy(array.path("dtype").asText()));
			}
			return null;
		}

		private static long[] shape(JsonNode array, String file) throws UnreadableImageException {
			JsonNode shape = array.get("shape");
			if (shape == null || !shape.isArray()) {
				throw new UnreadableImageException(file + " has no \"shape\": the array's dimensions are unknown");
			}
			long[] lengths = new long[shape.size()];
			for (int d = 0; d < lengths.length; d++) {
				if (!shape.get(d).canConvertToLong()) {
					throw new UnreadableImageException(file + " has a \"shape\" with a non-integer length (" + shape
						.get(d) + ") at dimension " + d);
				}
				lengths[d] = shape.get(d).asLong();
			}
			return lengths;
		}

		/** Reads a JSON object, reporting a broken or oversized file by name, line and column. */
		private JsonNode readObject(Path file) throws IOException, UnreadableImageException {
			return ZarrJson.readObject(file, display(file));
		}
	}

	/**
	 * The full-resolution level of one multiscales image, as OME needs it: sizes and pixel type (null without array
	 * metadata), physical sizes and time increment (null where the metadata gives no scale or no unit) and channel
	 * names from the "omero" rendering metadata.
	 */
	private record MultiscaleImage(String name, Map<Character, Integer> sizes, PixelType pixelType, Length physicalX,
		Length physicalY, Length physicalZ, Time timeIncrement, List<String> channelNames)
	{

		static MultiscaleImage read(ZarrStore store, ImageLocation at) throws IOException, UnreadableImageException {
			ZarrGroup group = store.group(at.path());
			if (group == null) {
				throw new UnreadableImageException(store.name + "/" + at.path() + " is listed as an image but has no " +
					ZATTRS + " or " + ZARR_JSON + ": the image group is missing from the store");
			}
			String where = "the multiscales metadata in " + group.file;
			JsonNode list = group.attributes.get("multiscales");
			if (list == null) {
				throw new UnreadableImageException(group.file + " has no multiscales metadata: the group \"" + at
					.path() + "\" is not an image");
			}
			if (!list.isArray() || list.isEmpty()) {
				throw new UnreadableImageException(where + " is empty: it lists no image");
			}
			JsonNode multiscale = list.get(0);
			JsonNode datasets = multiscale.get("datasets");
			if (datasets == null || !datasets.isArray() || datasets.isEmpty()) {
				throw new UnreadableImageException(where + " lists no datasets (\"datasets\" is missing or empty); " +
					"it must list at least the full-resolution array");
			}
			JsonNode fullResolution = datasets.get(0);
			String datasetPath = store.relativePath(fullResolution.get("path"), where + ", dataset 0");
			ZarrArray array = store.array(at.path().isEmpty() ? datasetPath : at.path() + "/" + datasetPath);

			List<Axis> axes = axes(multiscale.get("axes"), where);
			if (axes == null) {
				if (array != null && array.shape.length != 5) {
					throw new UnreadableImageException(where + " names no axes, so the image must be 5D (t, c, z, y, " +
						"x as in NGFF 0.1 and 0.2), but " + array.file + " has a " + array.shape.length + "D shape. " +
						"Add \"axes\" (NGFF 0.4) to the multiscales metadata");
				}
				axes = Axis.IMPLICIT;
			}
			else if (array != null && array.shape.length != axes.size()) {
				throw new UnreadableImageException(where + " lists " + axes.size() + " axes but " + array.file +
					" has a " + array.shape.length + "D shape: the axes must name every dimension of the array");
			}

			double[] scale = product(scale(fullResolution.get("coordinateTransformations"), axes.size(), where +
				", dataset 0"), scale(multiscale.get("coordinateTransformations"), axes.size(), where));

			Map<Character, Integer> sizes = null;
			if (array != null) {
				sizes = new HashMap<>(Map.of('x', 1, 'y', 1, 'z', 1, 'c', 1, 't', 1));
			}
			Map<Character, Length> lengths = new HashMap<>();
			Time timeIncrement = null;
			StringBuilder seen = new StringBuilder();
			for (int a = 0; a < axes.size(); a++) {
				Axis axis = axes.get(a);
				char dimension = axis.dimension();
				// Axes OME has no place for (NGFF allows custom ones, such as an angle) are left out of the description.
				if (dimension == 0) continue;
				if (seen.indexOf(String.valueOf(dimension)) >= 0) {
					throw new UnreadableImageException(where + " has two axes for dimension " + dimension + " (axis \"" +
						axis.name + "\" repeats it)");
				}
				seen.append(dimension);
				if (array != null) sizes.put(dimension, length(array, a, axis));
				// A space or time axis without a unit has no physical size: NGFF defines no default unit, and a
				// guessed one would put a wrong number into the deposition.
				if (scale == null || axis.unit == null) continue;
				if (dimension == 't') {
					timeIncrement = new Time(positive(scale[a], axis, where), NgffUnits.TIME.of(axis.name(), axis.unit(), where));
				}
				else if (dimension != 'c') {
					lengths.put(dimension, new Length(positive(scale[a], axis, where), NgffUnits.LENGTH.of(axis.name(), axis.unit(), where)));
				}
			}

			List<String> channelNames = channelNames(group.attributes);
			int channels = sizes != null ? sizes.get('c') : channelNames.size();
			if (channels > MAX_CHANNELS) {
				throw new UnreadableImageException((sizes != null ? array.file + " gives the channel axis the " +
					"length " : group.file + " lists ") + channels + " channels; bia-deposit describes at most " +
					MAX_CHANNELS + " channels per image (each becomes an entry of the deposition). Check the " +
					"array's shape and axes");
			}
			String name = at.fixedName();
			if (name == null) name = text(multiscale.get("name"));
			if (name == null) name = at.defaultName();
			return new MultiscaleImage(name, sizes, array == null ? null : array.pixelType, lengths.get('x'), lengths
				.get('y'), lengths.get('z'), timeIncrement, channelNames);
		}

		/** Writes this image as Image {@code image} of the metadata. */
		void describe(OMEXMLMetadataImpl meta, int image) {
			meta.setImageID("Image:" + image, image);
			meta.setImageName(name, image);
			meta.setPixelsID("Pixels:" + image, image);
			// Any valid order: the pixels are not read through this metadata.
			meta.setPixelsDimensionOrder(DimensionOrder.XYZCT, image);
			if (sizes != null) {
				meta.setPixelsSizeX(new PositiveInteger(sizes.get('x')), image);
				meta.setPixelsSizeY(new PositiveInteger(sizes.get('y')), image);
				meta.setPixelsSizeZ(new PositiveInteger(sizes.get('z')), image);
				meta.setPixelsSizeC(new PositiveInteger(sizes.get('c')), image);
				meta.setPixelsSizeT(new PositiveInteger(sizes.get('t')), image);
			}
			if (pixelType != null) meta.setPixelsType(pixelType, image);
			if (physicalX != null) meta.setPixelsPhysicalSizeX(physicalX, image);
			if (physicalY != null) meta.setPixelsPhysicalSizeY(physicalY, image);
			if (physicalZ != null) meta.setPixelsPhysicalSizeZ(physicalZ, image);
			if (timeIncrement != null) meta.setPixelsTimeIncrement(timeIncrement, image);
			// Channels must add up to SizeC: with a known c axis there are exactly that many, named by "omero" only
			// when it lists as many; without array metadata the "omero" channels are all there is to go by.
			Integer sizeC = sizes == null ? null : sizes.get('c');
			int channels = sizeC != null ? sizeC : channelNames.size();
			boolean named = channelNames.size() == channels;
			for (int c = 0; c < channels; c++) {
				meta.setChannelID("Channel:" + image + ":" + c, image, c);
				meta.setChannelSamplesPerPixel(new PositiveInteger(1), image, c);
				if (named && channelNames.get(c) != null) meta.setChannelName(channelNames.get(c), image, c);
			}
		}

		/** Sets the physical sizes and time increment that Image {@code image} of the metadata lacks. */
		void fillMissingPhysicalSizes(OMEXMLMetadataImpl meta, int image) {
			if (meta.getPixelsPhysicalSizeX(image) == null && physicalX != null) meta.setPixelsPhysicalSizeX(physicalX,
				image);
			if (meta.getPixelsPhysicalSizeY(image) == null && physicalY != null) meta.setPixelsPhysicalSizeY(physicalY,
				image);
			if (meta.getPixelsPhysicalSizeZ(image) == null && physicalZ != null) meta.setPixelsPhysicalSizeZ(physicalZ,
				image);
			if (meta.getPixelsTimeIncrement(image) == null && timeIncrement != null) meta.setPixelsTimeIncrement(
				timeIncrement, image);
		}

		/** The axes (names only in NGFF 0.3, objects from 0.4), or null when there are none (NGFF 0.1, 0.2). */
		private static List<Axis> axes(JsonNode axes, String where) throws UnreadableImageException {
			if (axes == null || axes.isNull()) return null;
			if (!axes.isArray() || axes.isEmpty()) {
				throw new UnreadableImageException(where + " has an empty or malformed \"axes\" list");
			}
			List<Axis> list = new ArrayList<>();
			for (int a = 0; a < axes.size(); a++) {
				JsonNode axis = axes.get(a);
				String name = axis.isTextual() ? axis.asText() : text(axis.get("name"));
				if (name == null) {
					throw new UnreadableImageException(where + " gives axis " + a + " no \"name\"");
				}
				list.add(new Axis(name, text(axis.get("type")), text(axis.get("unit"))));
			}
			return list;
		}

		/**
		 * The scale of a list of coordinate transformations, or null when it has none (NGFF before 0.4, or a scale
		 * kept in a binary array by "path", which this reader does not open). Translations do not change pixel sizes.
		 */
		private static double[] scale(JsonNode transformations, int axes, String where)
			throws UnreadableImageException
		{
			if (transformations == null || !transformations.isArray()) return null;
			for (JsonNode t : transformations) {
				if (!"scale".equals(t.path("type").asText())) continue;
				JsonNode values = t.get("scale");
				if (values == null || !values.isArray()) return null;
				if (values.size() != axes) {
					throw new UnreadableImageException(where + " has a scale of " + values.size() + " values for " +
						axes + " axes: it needs one value per axis");
				}
				double[] scale = new double[axes];
				for (int a = 0; a < axes; a++) {
					if (!values.get(a).isNumber()) {
						throw new UnreadableImageException(where + " has a non-numeric scale value (" + values.get(a) +
							") for axis " + a);
					}
					scale[a] = values.get(a).asDouble();
				}
				return scale;
			}
			return null;
		}

		/** The dataset scale times the multiscale-level scale (NGFF 0.4: the latter applies to every dataset). */
		private static double[] product(double[] dataset, double[] multiscale) {
			if (dataset == null) return multiscale;
			if (multiscale == null) return dataset;
			double[] product = new double[dataset.length];
			for (int a = 0; a < product.length; a++) product[a] = dataset[a] * multiscale[a];
			return product;
		}

		private static int length(ZarrArray array, int dimension, Axis axis) throws UnreadableImageException {
			long length = array.shape[dimension];
			if (length < 1 || length > Integer.MAX_VALUE) {
				throw new UnreadableImageException(array.file + " gives axis \"" + axis.name + "\" the length " +
					length + ", which no image can have (from 1 to " + Integer.MAX_VALUE + ")");
			}
			return (int) length;
		}

		private static double positive(double value, Axis axis, String where) throws UnreadableImageException {
			if (!(value > 0) || Double.isInfinite(value)) {
				throw new UnreadableImageException(where + " gives axis \"" + axis.name + "\" the scale " + value +
					"; a pixel size or time step must be a positive number");
			}
			return value;
		}

		/** The "omero" channel labels, in order (null for a channel without a label); empty without "omero". */
		private static List<String> channelNames(JsonNode attributes) {
			List<String> names = new ArrayList<>();
			JsonNode channels = attributes.path("omero").path("channels");
			if (channels.isArray()) {
				for (JsonNode channel : channels) names.add(text(channel.get("label")));
			}
			return names;
		}

		private static String text(JsonNode node) {
			return node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank() ? null : node
				.asText();
		}
	}

	/** NumPy type strings of Zarr v2 ({@code |u1}, {@code <u2}, {@code >f4}…) as OME pixel types. */
	static PixelType pixelTypeOfNumpy(String dtype) {
		String type = dtype;
		if (!type.isEmpty() && "<>|=".indexOf(type.charAt(0)) >= 0) type = type.substring(1);
		switch (type) {
			case "b1": return PixelType.BIT;
			case "i1": return PixelType.INT8;
			case "i2": return PixelType.INT16;
			case "i4": return PixelType.INT32;
			case "u1": return PixelType.UINT8;
			case "u2": return PixelType.UINT16;
			case "u4": return PixelType.UINT32;
			case "f4": return PixelType.FLOAT;
			case "f8": return PixelType.DOUBLE;
			case "c8": return PixelType.COMPLEXFLOAT;
			case "c16": return PixelType.COMPLEXDOUBLE;
			// OME has no 64-bit integer or 16-bit float type: left unset rather than misreported.
			default: return null;
		}
	}

	/** Zarr v3 data types as OME pixel types. */
	static PixelType pixelTypeOfZarr3(String dataType) {
		switch (dataType) {
			case "bool": return PixelType.BIT;
			case "int8": return PixelType.INT8;
			case "int16": return PixelType.INT16;
			case "int32": return PixelType.INT32;
			case "uint8": return PixelType.UINT8;
			case "uint16": return PixelType.UINT16;
			case "uint32": return PixelType.UINT32;
			case "float32": return PixelType.FLOAT;
			case "float64": return PixelType.DOUBLE;
			case "complex64": return PixelType.COMPLEXFLOAT;
			case "complex128": return PixelType.COMPLEXDOUBLE;
			// As for Zarr v2: int64, uint64 and float16 have no OME pixel type.
			default: return null;
		}
	}
}

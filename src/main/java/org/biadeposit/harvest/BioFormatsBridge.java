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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import ome.xml.meta.MetadataRetrieve;

/**
 * The Bio-Formats reader, reached at run time: Bio-Formats is not on Maven Central, but every Fiji has it, and
 * {@code scripts/bia --fiji DIR} puts a Fiji's jars on the class path. Reads metadata only (no pixels), every
 * series, and the files a multi-file dataset uses. All reflection lives in this class.
 * <p>
 * The native readers come first and keep the formats they claim (OME-TIFF, OME-XML and companion sets, OME-Zarr,
 * ImageJ TIFF), so that Fiji and the command line give the same records for the same file; Bio-Formats reads the
 * rest, plain TIFFs included (vendors write their metadata into TIFFs that only Bio-Formats knows), ahead of the
 * native plain-TIFF reader, which reads them only when Bio-Formats is absent.
 * </p>
 * <p>
 * Without Bio-Formats, this reader still claims the vendor formats only Bio-Formats can read, so that the user is
 * told how to read them rather than that they are not images.
 * </p>
 */
@Plugin(type = MetadataReader.class, priority = BioFormatsBridge.PRIORITY)
public class BioFormatsBridge implements MetadataReader {

	/** After the native readers of open formats, before the native reader of plain TIFFs. */
	static final double PRIORITY = (Priority.NORMAL + Priority.LOW) / 2;

	static final String IMAGE_READER = "loci.formats.ImageReader";
	static final String METADATA_TOOLS = "loci.formats.MetadataTools";
	static final String UNKNOWN_FORMAT = "loci.formats.UnknownFormatException";
	static final String FORMAT_EXCEPTION = "loci.formats.FormatException";

	/** Vendor formats no native reader handles, by suffix, named as users know them. */
	private static final Map<String, String> VENDOR_FORMATS = Map.ofEntries(Map.entry("czi", "Zeiss CZI"), Map
		.entry("lsm", "Zeiss LSM"), Map.entry("zvi", "Zeiss ZVI"), Map.entry("lif", "Leica LIF"), Map.entry("lof",
			"Leica LOF"), Map.entry("lei", "Leica LEI"), Map.entry("nd2", "Nikon ND2"), Map.entry("ids",
				"Nikon/ICS"), Map.entry("ics", "ICS"), Map.entry("oib", "Olympus OIB"), Map.entry("oif",
					"Olympus OIF"), Map.entry("vsi", "Olympus VSI"), Map.entry("ims", "Bitplane Imaris"), Map.entry(
						"spe", "Princeton Instruments SPE"), Map.entry("dv", "DeltaVision"), Map.entry("r3d",
							"DeltaVision"), Map.entry("sld", "3i SlideBook"), Map.entry("svs", "Aperio SVS"), Map
								.entry("ndpi", "Hamamatsu NDPI"), Map.entry("mrc", "MRC"), Map.entry("dm3",
									"Gatan DM3"), Map.entry("dm4", "Gatan DM4"), Map.entry("stk", "MetaMorph STK"),
		Map.entry("nd", "MetaMorph ND"), Map.entry("scn", "Leica SCN"), Map.entry("lms", "Leica LMS"), Map.entry(
			"obf", "Abberior OBF"), Map.entry("msr", "Abberior MSR"), Map.entry("xdce", "InCell XDCE"), Map.entry(
				"mvd2", "Volocity"), Map.entry("acff", "Volocity"), Map.entry("sdt", "Becker & Hickl SDT"), Map
					.entry("pic", "Bio-Rad PIC"), Map.entry("ome.btf", "OME-TIFF"));

	/** Suffixes Bio-Formats claims that are not microscopy images (it reads text tables as images). */
	private static final Set<String> NOT_IMAGES = Set.of("txt", "csv", "tsv", "xml", "json", "yaml", "yml", "md",
		"html", "htm", "pdf", "py", "ipynb", "zip", "log", "ini", "cfg", "zattrs", "zgroup", "zarray");

	private static final Set<String> TIFF_SUFFIXES = Set.of("tif", "tiff", "tf2", "tf8", "btf");

	private final ClassLoader loader;
	private volatile Boolean available;
	private volatile Set<String> suffixes;

	public BioFormatsBridge() {
		this(BioFormatsBridge.class.getClassLoader());
	}

	/** A bridge that looks for Bio-Formats in the given class loader. */
	BioFormatsBridge(ClassLoader loader) {
		this.loader = loader;
	}

	@Override
	public String format() {
		return "Bio-Formats";
	}

	@Override
	public boolean isAvailable() {
		if (available == null) {
			try {
				Class.forName(IMAGE_READER, false, loader);
				available = true;
			}
			catch (ClassNotFoundException | LinkageError e) {
				available = false;
			}
		}
		return available;
	}

	@Override
	public boolean accepts(FileProbe file) {
		String suffix = suffix(file.lowerName());
		if (file.isDirectory() || NOT_IMAGES.contains(suffix)) return false;
		if (!isAvailable()) return vendorFormat(file) != null;
		if (ImageJTiffReader.isImageJTiff(file)) return false; // ImageJ's own metadata: the native reader's
		return bioFormatsSuffixes().contains(suffix) || vendorFormat(file) != null;
	}

	/** The name of a vendor format only Bio-Formats reads, from the file name, or null. */
	static String vendorFormat(FileProbe file) {
		return VENDOR_FORMATS.get(suffix(file.lowerName()));
	}

	@Override
	public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
		if (!isAvailable()) {
			throw new UnreadableImageException(missingMessage(file));
		}
		Object reader = null;
		// Bio-Formats parses XML with default JAXP factories: no external DTD or entity, no error lines on stderr
		try (ExternalXmlAccess refused = ExternalXmlAccess.refused();
			BioFormatsReadBuffer buffer = BioFormatsReadBuffer.small(loader))
		{
			Class<?> readerClass = Class.forName(IMAGE_READER, true, loader);
			reader = readerClass.getConstructor().newInstance();
			Object store = Class.forName(METADATA_TOOLS, true, loader).getMethod("createOMEXMLMetadata").invoke(
				null);
			if (!(store instanceof MetadataRetrieve)) {
				throw new UnreadableImageException("the Bio-Formats on the class path uses another copy of the OME " +
					"model classes (ome-xml) than bia-deposit; put Fiji's jars first on the class path");
			}
			call(reader, "setMetadataStore", store);
			optional(reader, "setFlattenedResolutions", false);
			Object active = setId(reader, file.path().toString());
			String format = (String) call(active, "getFormat");
			String[] used = (String[]) call(active, "getUsedFiles");
			List<Path> usedFiles = new ArrayList<>();
			for (String u : used == null ? new String[0] : used) usedFiles.add(Path.of(u));
			if (usedFiles.isEmpty()) usedFiles.add(file.path());
			Path primary = metadataFile(active, usedFiles, file.path());
			OmeMetadata found = new OmeMetadata(primary, format, (MetadataRetrieve) call(active, "getMetadataStore"),
				usedFiles);
			return VendorMetadata.complete(found, originalMetadata(active), file.path());
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause != null && UNKNOWN_FORMAT.equals(cause.getClass().getName())) {
				throw new NotThisFormatException("Bio-Formats does not recognise this file");
			}
			if (cause instanceof IOException) throw (IOException) cause;
			String what = cause == null ? "no reason given" : cause.getMessage() != null ? cause.getMessage() : cause
				.getClass().getSimpleName();
			if (what.contains("accessExternal")) {
				throw new UnreadableImageException("the file's XML declares a DOCTYPE naming an external DTD or " +
					"entity, which bia-deposit refuses (it could read other files of this computer into the " +
					"metadata); remove the <!DOCTYPE ...> declaration", cause);
			}
			throw new UnreadableImageException("Bio-Formats could not read the file: " + what, cause);
		}
		catch (ReflectiveOperationException | LinkageError e) {
			throw new UnreadableImageException("the Bio-Formats on the class path is not one bia-deposit can use (" +
				e + "); update Fiji", e);
		}
		finally {
			if (reader != null) {
				try {
					call(reader, "close");
				}
				catch (ReflectiveOperationException e) {
					// nothing left to release
				}
			}
		}
	}

	/**
	 * The file that names a multi-file dataset: its metadata file (a companion {@code .ome}, the {@code .ics} of an
	 * ICS/IDS pair), whichever of its files was given, as Bio-Formats lists them without the pixel files
	 * ({@code getUsedFiles(true)}); the given file when it is one of those, or when the reader cannot say.
	 */
	private static Path metadataFile(Object reader, List<Path> used, Path given) {
		for (Path p : used) {
			if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("companion.ome")) return p;
		}
		if (used.size() < 2) return given;
		String[] noPixels;
		try {
			noPixels = (String[]) call(reader, "getUsedFiles", true);
		}
		catch (ReflectiveOperationException | ClassCastException e) {
			return given;
		}
		if (noPixels == null || noPixels.length == 0) return given;
		Path normalGiven = given.toAbsolutePath().normalize();
		for (String n : noPixels) {
			if (Path.of(n).toAbsolutePath().normalize().equals(normalGiven)) return given;
		}
		return Path.of(noPixels[0]);
	}

	/**
	 * Reads the file with the reader its name points to first, as Bio-Formats' own {@code ImageReader.getReader}
	 * asks each reader {@code isThisType(name, false)}: no other reader opens the file to look at its bytes (Bio-Formats'
	 * detection opened each file some 30 times). When no reader claims the name, or the one that does refuses the
	 * file, Bio-Formats' own detection decides.
	 *
	 * @return the reader that read the file
	 */
	private static Object setId(Object imageReader, String id) throws ReflectiveOperationException {
		Object bySuffix = readerBySuffix(imageReader, id);
		if (bySuffix != null) {
			try {
				call(bySuffix, "setId", id);
				return bySuffix;
			}
			catch (InvocationTargetException e) {
				if (!isFormatException(e.getCause())) throw e;
				// not what its name says: Bio-Formats looks at the content, into a store of its own
				call(imageReader, "setMetadataStore", Class.forName(METADATA_TOOLS, true, imageReader.getClass()
					.getClassLoader()).getMethod("createOMEXMLMetadata").invoke(null));
			}
		}
		call(imageReader, "setId", id);
		return imageReader;
	}

	/**
	 * The reader the file's name points to: one whose suffix alone is enough ({@code isThisType(name, false)}), else
	 * the first in Bio-Formats' order that lists the file's suffix and, opening the file once, says it is its type
	 * (CZI and ND2 readers want to see the bytes); null when none does. Not for TIFFs: many vendors' readers list
	 * "tif" and Bio-Formats' own order among all its readers decides which variant a TIFF is.
	 */
	private static Object readerBySuffix(Object imageReader, String id) {
		try {
			Object[] readers = (Object[]) call(imageReader, "getReaders");
			if (readers == null) return null;
			for (Object r : readers) {
				if (Boolean.TRUE.equals(call(r, "isThisType", id, false))) return r;
			}
			String suffix = suffix(Path.of(id).getFileName().toString().toLowerCase(Locale.ROOT));
			if (TIFF_SUFFIXES.contains(suffix)) return null;
			for (Object r : readers) {
				if (listsSuffix(r, suffix) && Boolean.TRUE.equals(call(r, "isThisType", id, true))) return r;
			}
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			// a Bio-Formats without the reader list: its own detection
		}
		return null;
	}

	private static boolean listsSuffix(Object reader, String suffix) throws ReflectiveOperationException {
		if (suffix.isEmpty()) return false;
		String[] listed = (String[]) call(reader, "getSuffixes");
		for (String s : listed == null ? new String[0] : listed) {
			if (suffix.equalsIgnoreCase(s)) return true;
		}
		return false;
	}

	private static boolean isFormatException(Throwable t) {
		for (Class<?> c = t == null ? null : t.getClass(); c != null; c = c.getSuperclass()) {
			if (c.getName().equals(FORMAT_EXCEPTION)) return true;
		}
		return false;
	}

	/** The reader's original-metadata tables and modulo annotations, every series; none if it cannot say. */
	private static OriginalMetadata originalMetadata(Object reader) {
		try {
			Map<String, Object> global = table(call(reader, "getGlobalMetadata"));
			int count = (Integer) call(reader, "getSeriesCount");
			List<Map<String, Object>> series = new ArrayList<>();
			List<List<OriginalMetadata.Modulo>> modulo = new ArrayList<>();
			for (int s = 0; s < count; s++) {
				call(reader, "setSeries", s);
				series.add(table(call(reader, "getSeriesMetadata")));
				List<OriginalMetadata.Modulo> axes = new ArrayList<>();
				for (char axis : new char[] { 'Z', 'C', 'T' }) {
					Object m = call(reader, "getModulo" + axis);
					int length = m == null ? 1 : ((Number) call(m, "length")).intValue();
					if (length > 1) axes.add(new OriginalMetadata.Modulo(axis, String.valueOf(m.getClass().getField(
						"type").get(m)), length));
				}
				modulo.add(axes);
			}
			if (count > 0) call(reader, "setSeries", 0);
			return new OriginalMetadata(global, series, modulo);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return OriginalMetadata.NONE; // an older Bio-Formats: the OME mapping alone
		}
	}

	private static Map<String, Object> table(Object hashtable) {
		Map<String, Object> copy = new java.util.HashMap<>();
		if (hashtable instanceof Map<?, ?> m) {
			for (Map.Entry<?, ?> e : m.entrySet()) {
				if (e.getKey() != null && e.getValue() != null) copy.put(e.getKey().toString(), e.getValue());
			}
		}
		return copy;
	}

	/** What to tell a user whose file only Bio-Formats can read, when it is absent. */
	static String missingMessage(FileProbe file) {
		String format = vendorFormat(file);
		return (format == null ? "this format" : format + " files") + " can only be read with Bio-Formats, " +
			"which is not on the class path: run the harvest inside Fiji, or give scripts/bia --fiji DIR " +
			"(or set FIJI_HOME) so that Fiji's Bio-Formats is used";
	}

	private Set<String> bioFormatsSuffixes() {
		if (suffixes == null) {
			Set<String> s = new HashSet<>();
			try {
				Object reader = Class.forName(IMAGE_READER, true, loader).getConstructor().newInstance();
				try {
					String[] list = (String[]) call(reader, "getSuffixes");
					for (String x : list == null ? new String[0] : list) s.add(x.toLowerCase(Locale.ROOT));
				}
				finally {
					call(reader, "close");
				}
			}
			catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
				// no suffix list: the vendor table still applies
			}
			s.removeAll(NOT_IMAGES);
			suffixes = s;
		}
		return suffixes;
	}

	private static String suffix(String lowerName) {
		if (lowerName.endsWith(".ome.btf")) return "ome.btf";
		if (lowerName.endsWith(".ome.xml")) return "ome.xml"; // a Bio-Formats suffix, unlike plain "xml"
		int dot = lowerName.lastIndexOf('.');
		return dot < 0 ? "" : lowerName.substring(dot + 1);
	}

	/** Calls a public method by name and argument count (parameter types differ between Bio-Formats versions). */
	private static Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
		for (Method m : target.getClass().getMethods()) {
			if (m.getName().equals(name) && m.getParameterCount() == args.length) return m.invoke(target, args);
		}
		throw new NoSuchMethodException(target.getClass().getName() + "." + name);
	}

	/** Calls a method that older Bio-Formats versions may not have. */
	private static void optional(Object target, String name, Object arg) throws ReflectiveOperationException {
		try {
			call(target, name, arg);
		}
		catch (NoSuchMethodException e) {
			// older Bio-Formats without this option
		}
	}
}

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
// Stand-in for Bio-Formats' reader base class, written for bia-deposit's tests (not Bio-Formats code). It behaves
// as the real library was measured to: detection by suffix, or by opening the file for readers whose suffix is not
// enough; original metadata in global and per-series tables; modulo annotations for axes that hold more than their
// name says. What a reader makes of a file can be set by a test (FIXTURES), from the test data's ground truth.
package loci.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import ome.xml.meta.MetadataStore;

public abstract class FormatReader {

	/**
	 * By lower-case file name: fills the store as Bio-Formats does for that file and returns the rest of what the
	 * reader knows: "global" (a Map), "series" (a List of Maps, one per series), "moduloT" (a List of Object[]
	 * {type, length}, one per series, or null), "used" (a String[] of used files).
	 */
	public static final Map<String, Function<MetadataStore, Map<String, Object>>> FIXTURES =
		new ConcurrentHashMap<>();

	/** Times a file was opened, to detect its format (probes) or to read it (set-ups). */
	public static final AtomicInteger OPENS = new AtomicInteger();

	/** The readers that opened a file to look at its content, in order. */
	public static final List<String> PROBED = Collections.synchronizedList(new ArrayList<>());

	/** The readers that read (setId) a file, in order. */
	public static final List<String> SET_UP = Collections.synchronizedList(new ArrayList<>());

	protected final String format;
	protected final String[] suffixes;
	protected boolean suffixSufficient = true;
	protected boolean suffixNecessary = true;
	protected MetadataStore store;
	protected String[] used;
	protected Hashtable<String, Object> global = new Hashtable<>();
	protected List<Hashtable<String, Object>> seriesMetadata = new ArrayList<>();
	protected List<Modulo> moduloT = new ArrayList<>();
	private int series;

	protected FormatReader(String format, String... suffixes) {
		this.format = format;
		this.suffixes = suffixes;
	}

	public String[] getSuffixes() {
		return suffixes.clone();
	}

	public boolean isThisType(String name, boolean open) {
		if (!suffixSufficient && !open) return false;
		boolean match = suffixMatches(name);
		if (suffixNecessary && !match) return false;
		if (match && suffixSufficient) return true;
		if (!open) return false;
		OPENS.incrementAndGet();
		PROBED.add(getClass().getSimpleName());
		byte[] head = new byte[64];
		try (InputStream in = Files.newInputStream(Paths.get(name))) {
			int n = in.readNBytes(head, 0, head.length);
			return isThisType(name, java.util.Arrays.copyOf(head, n));
		}
		catch (IOException e) {
			return false;
		}
	}

	/** Whether the first bytes of the file are this format's. */
	protected boolean isThisType(String name, byte[] head) {
		return false;
	}

	protected boolean suffixMatches(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String s : suffixes) {
			if (lower.endsWith("." + s)) return true;
		}
		return false;
	}

	public void setMetadataStore(MetadataStore store) {
		this.store = store;
	}

	public MetadataStore getMetadataStore() {
		return store;
	}

	public void setFlattenedResolutions(boolean flattened) {
		ImageReader.flattenedResolutions = flattened;
	}

	@SuppressWarnings("unchecked")
	public void setId(String id) throws FormatException, IOException {
		ImageReader.SET_ID_CALLS.incrementAndGet();
		SET_UP.add(getClass().getSimpleName());
		close();
		Path file = Paths.get(id).toAbsolutePath();
		// Bio-Formats reads through ome-common's NIOFileHandle (the real one, shared as in a Fiji)
		if (Files.isRegularFile(file)) {
			OPENS.incrementAndGet();
			loci.common.NIOFileHandle handle = new loci.common.NIOFileHandle(file.toFile(), "r");
			ImageReader.bufferDuringSetId = handle.getBufferSize();
			handle.close();
		}
		if (store == null) throw new IllegalStateException("setMetadataStore must be called before setId");
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.contains("io-failure")) throw new IOException("Input/output error reading " + name);
		if (name.contains("corrupt")) throw new FormatException("Invalid CZI segment header at offset 1024");
		if (name.contains("reader-bug")) throw new IllegalStateException("series index out of range");
		used = new String[] { file.toString() };
		Function<MetadataStore, Map<String, Object>> fixture = FIXTURES.get(name);
		if (fixture == null) {
			initFile(file);
		}
		else {
			Map<String, Object> made = fixture.apply(store);
			Object g = made.get("global");
			if (g != null) global.putAll((Map<String, Object>) g);
			Object s = made.get("series");
			if (s != null) {
				for (Map<String, Object> m : (List<Map<String, Object>>) s) seriesMetadata.add(new Hashtable<>(m));
			}
			Object t = made.get("moduloT");
			if (t != null) {
				for (Object[] m : (List<Object[]>) t) {
					Modulo mod = new Modulo("T");
					mod.type = (String) m[0];
					mod.end = ((Integer) m[1]) - 1;
					moduloT.add(mod);
				}
			}
			if (made.get("used") != null) used = (String[]) made.get("used");
		}
		if (seriesMetadata.isEmpty()) seriesMetadata.add(new Hashtable<>());
		// as Bio-Formats' FormatReader.setId does once the reader has filled the store
		if (store instanceof ome.xml.meta.OMEXMLMetadata) ((ome.xml.meta.OMEXMLMetadata) store).resolveReferences();
	}

	/** Reads a file no test set a fixture for. */
	protected abstract void initFile(Path file) throws FormatException, IOException;

	public String getFormat() {
		return format;
	}

	public String[] getUsedFiles() {
		return used;
	}

	public String[] getUsedFiles(boolean noPixels) {
		return used;
	}

	public int getSeriesCount() {
		return Math.max(1, seriesMetadata.size());
	}

	public void setSeries(int no) {
		if (no < 0 || no >= getSeriesCount()) throw new IllegalArgumentException("Invalid series: " + no);
		series = no;
	}

	public int getSeries() {
		return series;
	}

	public Hashtable<String, Object> getGlobalMetadata() {
		return global;
	}

	public Hashtable<String, Object> getSeriesMetadata() {
		return series < seriesMetadata.size() ? seriesMetadata.get(series) : new Hashtable<>();
	}

	public Modulo getModuloZ() {
		return new Modulo("Z");
	}

	public Modulo getModuloC() {
		return new Modulo("C");
	}

	public Modulo getModuloT() {
		return series < moduloT.size() ? moduloT.get(series) : new Modulo("T");
	}

	public void close(boolean fileOnly) {
		if (!fileOnly) close();
	}

	public void close() {
		used = null;
		global = new Hashtable<>();
		seriesMetadata = new ArrayList<>();
		moduloT = new ArrayList<>();
		series = 0;
	}
}

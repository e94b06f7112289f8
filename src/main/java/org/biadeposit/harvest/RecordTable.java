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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.biadeposit.harvest.ImageRecord.Channel;
import org.biadeposit.harvest.ImageRecord.Detector;

/**
 * Image records as a flat table: the JSON keys, with nested objects as dotted columns and per-channel or
 * per-detector values joined by {@code "; "}. Used for {@code bia harvest --format tsv} and the results table in
 * Fiji. An error row has only {@code file} and {@code error}.
 */
public final class RecordTable {

	public static final List<String> COLUMNS = List.of("file", "series", "seriesName", "format", "sizeX", "sizeY",
		"sizeZ", "sizeC", "sizeT", "pixelType", "physicalSizeX", "physicalSizeY", "physicalSizeZ", "timeIncrement",
		"channels.name", "channels.fluor", "channels.excitationWavelength", "channels.emissionWavelength",
		"channels.acquisitionMode", "channels.illuminationType", "objective.manufacturer", "objective.model",
		"objective.nominalMagnification", "objective.lensNA", "objective.immersion", "microscope.manufacturer",
		"microscope.model", "microscope.type", "detectors.manufacturer", "detectors.model", "detectors.type",
		"acquisitionDate", "imagingMethod.name", "imagingMethod.fbbiId", "warnings", "error");

	private RecordTable() {}

	/** The rows of one harvested file: one per image, or one error row. Empty cells are "". */
	public static List<List<String>> rows(HarvestedFile harvested) {
		List<List<String>> rows = new ArrayList<>();
		if (harvested.hasError()) {
			List<String> row = new ArrayList<>(COLUMNS.size());
			for (int i = 0; i < COLUMNS.size(); i++) row.add("");
			row.set(0, harvested.file());
			row.set(COLUMNS.size() - 1, harvested.error());
			rows.add(row);
			return rows;
		}
		for (ImageRecord r : harvested.records()) rows.add(row(r));
		return rows;
	}

	private static List<String> row(ImageRecord r) {
		var o = r.objective();
		var m = r.microscope();
		var im = r.imagingMethod();
		return List.of(s(r.file()), s(r.series()), s(r.seriesName()), s(r.format()), s(r.sizeX()), s(r.sizeY()), s(r
			.sizeZ()), s(r.sizeC()), s(r.sizeT()), s(r.pixelType()), s(r.physicalSizeX()), s(r.physicalSizeY()), s(r
				.physicalSizeZ()), s(r.timeIncrement()), channels(r, Channel::name), channels(r, Channel::fluor),
			channels(r, Channel::excitationWavelength), channels(r, Channel::emissionWavelength), channels(r,
				Channel::acquisitionMode), channels(r, Channel::illuminationType), o == null ? "" : s(o
					.manufacturer()), o == null ? "" : s(o.model()), o == null ? "" : s(o.nominalMagnification()),
			o == null ? "" : s(o.lensNA()), o == null ? "" : s(o.immersion()), m == null ? "" : s(m.manufacturer()),
			m == null ? "" : s(m.model()), m == null ? "" : s(m.type()), detectors(r, Detector::manufacturer),
			detectors(r, Detector::model), detectors(r, Detector::type), s(r.acquisitionDate()), im == null ? ""
				: s(im.name()), im == null ? "" : s(im.fbbiId()), String.join("; ", r.warnings().stream().map(
					ImageRecord.Warning::toString).toList()), "");
	}

	private static String channels(ImageRecord r, Function<Channel, Object> field) {
		return joined(r.channels(), field);
	}

	private static String detectors(ImageRecord r, Function<Detector, Object> field) {
		return joined(r.detectors(), field);
	}

	private static <T> String joined(List<T> items, Function<T, Object> field) {
		boolean any = false;
		List<String> values = new ArrayList<>();
		for (T item : items) {
			Object v = field.apply(item);
			any |= v != null;
			values.add(s(v));
		}
		return any ? String.join("; ", values) : "";
	}

	private static String s(Object v) {
		if (v == null) return "";
		if (v instanceof Double) {
			double d = (Double) v;
			if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
		}
		return v.toString().replace('\t', ' ').replace('\n', ' ');
	}
}

package org.biadeposit.harvest;

import java.util.List;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

@Plugin(type = Service.class)
public class DefaultHarvestService extends AbstractService implements HarvestService {

	@Parameter
	private PluginService plugins;

	private Harvester harvester;

	@Override
	public synchronized Harvester harvester() {
		if (harvester == null) {
			List<MetadataReader> readers = plugins.createInstancesOfType(MetadataReader.class);
			harvester = new Harvester(readers);
		}
		return harvester;
	}
}

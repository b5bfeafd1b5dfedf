import { create } from 'zustand';

type LayersState = {
  schematicVisible: boolean;
  stationsVisible: boolean;
  /**
   * The OpenRailwayMap tiles. Deliberately not persisted: every session starts with no request
   * to another origin, so the analyst opts in again knowing the viewed area leaves the machine.
   */
  onlineOverlay: boolean;
  setSchematicVisible: (visible: boolean) => void;
  setStationsVisible: (visible: boolean) => void;
  setOnlineOverlay: (on: boolean) => void;
};

export const useLayersStore = create<LayersState>()((set) => ({
  schematicVisible: true,
  stationsVisible: true,
  onlineOverlay: false,
  setSchematicVisible: (schematicVisible) => set({ schematicVisible }),
  setStationsVisible: (stationsVisible) => set({ stationsVisible }),
  setOnlineOverlay: (onlineOverlay) => set({ onlineOverlay }),
}));

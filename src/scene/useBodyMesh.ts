import { useLoader } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { Figure } from '../domain/anatomy/build.ts';
import { createBodyMesh, type BodyMesh } from './bodyMesh.ts';

/** Where the generated body models are served from (relative, so any base path works). */
export const BODY_URLS: Record<Figure, string> = {
  male: `${import.meta.env.BASE_URL}models/body.glb`,
  female: `${import.meta.env.BASE_URL}models/body-female.glb`,
};

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/** A figure's body, loaded (suspends until it is) and unpacked by the mesh adapter. */
export function useBodyMesh(figure: Figure): BodyMesh {
  const gltf = useLoader(GLTFLoader, BODY_URLS[figure], withMeshopt);
  const mesh = useMemo(() => createBodyMesh(gltf.scene), [gltf]);
  useEffect(() => () => mesh.dispose(), [mesh]);
  return mesh;
}

/** Starts fetching a figure's model before it is shown. */
export function preloadBody(figure: Figure): void {
  useLoader.preload(GLTFLoader, BODY_URLS[figure], withMeshopt);
}

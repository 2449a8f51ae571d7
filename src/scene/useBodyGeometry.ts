import { useLoader } from '@react-three/fiber';
import { useMemo } from 'react';
import type * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { Figure } from '../domain/anatomy/build.ts';
import { unpackBody } from './unpackBody.ts';

/** Where the generated body models are served from (relative, so any base path works). */
export const BODY_URLS: Record<Figure, string> = {
  male: `${import.meta.env.BASE_URL}models/body.glb`,
  female: `${import.meta.env.BASE_URL}models/body-female.glb`,
};

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/**
 * A figure's body geometry in metres: one indexed mesh whose `_region` attribute holds each
 * vertex's region code (see `unpackBody`).
 */
export function useBodyGeometry(figure: Figure): THREE.BufferGeometry {
  const gltf = useLoader(GLTFLoader, BODY_URLS[figure], withMeshopt);
  return useMemo(() => unpackBody(gltf.scene), [gltf]);
}

// The default figure is fetched as soon as this chunk loads; the other one when it is asked for.
useLoader.preload(GLTFLoader, BODY_URLS.male, withMeshopt);

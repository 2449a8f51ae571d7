import { useLoader } from '@react-three/fiber';
import { useMemo } from 'react';
import type * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { unpackBody } from './unpackBody.ts';

/** Where the generated body model is served from (relative, so any base path works). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/**
 * The body's geometry in metres: one indexed mesh whose `_region` attribute holds each vertex's
 * region code (see `unpackBody`).
 */
export function useBodyGeometry(): THREE.BufferGeometry {
  const gltf = useLoader(GLTFLoader, BODY_URL, withMeshopt);
  return useMemo(() => unpackBody(gltf.scene), [gltf]);
}

useLoader.preload(GLTFLoader, BODY_URL, withMeshopt);

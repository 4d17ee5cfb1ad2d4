import { startScanning } from './scan.ts';

startScanning();

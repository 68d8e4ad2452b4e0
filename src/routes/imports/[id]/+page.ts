// import jobs exist only on the device, so these pages cannot be built ahead; the fallback shell serves them
export const prerender = false;

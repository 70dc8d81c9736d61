window.LIBRO_BUSQUEDA.recibir("s-eg",["agreg"]);

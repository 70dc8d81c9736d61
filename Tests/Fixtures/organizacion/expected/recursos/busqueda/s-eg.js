window.LIBRO_BUSQUEDA.recibir("s-eg",["bodeg","entreg","jueg","lueg"]);

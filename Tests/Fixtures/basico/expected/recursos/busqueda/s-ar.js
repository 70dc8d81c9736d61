window.LIBRO_BUSQUEDA.recibir("s-ar",["dibujar"]);

window.LIBRO_BUSQUEDA.recibir("t-di",{"dibujar":[1,[7,1,8,1]]});

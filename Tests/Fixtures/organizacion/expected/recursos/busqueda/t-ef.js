window.LIBRO_BUSQUEDA.recibir("t-ef",{"efectiv":[1,[36,1,55,1]]});

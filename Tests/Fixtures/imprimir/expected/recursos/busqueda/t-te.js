window.LIBRO_BUSQUEDA.recibir("t-te",{"text":[1,[3,1,4,1]]});

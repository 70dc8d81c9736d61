window.LIBRO_BUSQUEDA.recibir("t-te",{"teori":[1,[2,1,2,1]],"text":[2,[0,1,0,1,2,1,2,1]]});

window.LIBRO_BUSQUEDA.recibir("t-as",{"asamble":[1,[36,1,55,1]],"asociars":[4,[32,1,45,1,38,1,62,1,47,1,95,1,51,1,99,1]],"aspect":[1,[38,1,64,1]]});
